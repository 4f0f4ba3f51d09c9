import { type RehypePlugins, type RemarkPlugins, rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { remarkCitations } from './remark-citations.ts';
import { GRAPH_FACTS, remarkGraphFacts } from './remark-graph-facts.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { MARKDOWN_TWIN, remarkMarkdownTwin } from './remark-markdown-twin.ts';
import { MERMAID_FALLBACK, remarkMermaid } from './remark-mermaid.ts';

/**
 * The site's remark and rehype plugins, listed in one place. Two pipelines run them: Astro's
 * (`markdown.processor` below, which @astrojs/mdx follows) and the entries' loader
 * (src/ingest/render/entry-renderer.ts), which a test holds to the same HTML.
 */
export interface SiteUrls {
  base: string;
  site: string;
}

export const remarkPlugins = (urls: SiteUrls): RemarkPlugins => [
  remarkGfm,
  remarkGraphFacts,
  [remarkMarkdownTwin, urls],
  remarkCitations,
  remarkHeadingIds,
  remarkMermaid,
];

/** What the remark plugins note in the frontmatter for the pages (`remarkPluginFrontmatter`). */
export const NOTED = [GRAPH_FACTS, MARKDOWN_TWIN, MERMAID_FALLBACK] as const;

export const rehypePlugins = (urls: SiteUrls): RehypePlugins => [
  rehypeHeadingIds,
  rehypeHeadingAnchors,
  [rehypeBaseLinks, urls],
];

/** Astro 7's default processor runs no plugins, so the unified processor is configured explicitly. */
export function markdownProcessor(urls: SiteUrls) {
  return unified({ gfm: false, remarkPlugins: remarkPlugins(urls), rehypePlugins: rehypePlugins(urls) });
}
