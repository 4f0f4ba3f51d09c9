/**
 * The dev server's view (src/checks/content/dev.ts): whether this is `npm run dev`, and the content
 * problems its checks found. In a build, `serving` is false and `problems` empty.
 */
declare module 'virtual:kb/dev' {
  export const serving: boolean;
  export const problems: string[];
}
