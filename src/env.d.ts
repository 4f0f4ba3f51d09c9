/** The content problems the dev server found (src/checks/content/dev.ts); always empty in a build. */
declare module 'virtual:kb/dev-problems' {
  const problems: string[];
  export default problems;
}
