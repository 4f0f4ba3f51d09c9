import type { Root } from 'mdast';
import { markdownTwin } from '../markdown-twin.ts';

/**
 * Notes the entry's body as plain Markdown (src/ingest/markdown-twin.ts) while @astrojs/mdx renders
 * it, in the frontmatter that `render(entry)` returns as `remarkPluginFrontmatter`, as the graph
 * facts are noted: the Markdown twins and llms-full.txt (src/pages/) read it from there, so the body
 * is parsed once, by the same pipeline as its page. It runs before the plugins that rewrite
 * citations and headings, and leaves the tree as it was.
 */
export const MARKDOWN_TWIN = 'markdownTwin';

export function remarkMarkdownTwin(options: { site: string; base: string }) {
  const siteUrl = new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, options.site).href;
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter[MARKDOWN_TWIN] = markdownTwin(tree, { siteUrl });
  };
}
