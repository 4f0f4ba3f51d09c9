import type { ElementContent, Properties } from 'hast';

/*
 * The `data` fields remark-rehype reads to shape the HTML (used by src/ingest/plugins/remark-*.ts).
 * mdast-util-to-hast declares these itself, but only when its types are loaded, which nothing here
 * does; the types match its declaration exactly so the two merge if it ever is.
 */
declare module 'mdast' {
  interface Data {
    hName?: string | undefined;
    hProperties?: Properties | undefined;
    hChildren?: ElementContent[] | undefined;
  }
}
