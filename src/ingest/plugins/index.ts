import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkGraphFacts } from './remark-graph-facts.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkMarkdownTwin } from './remark-markdown-twin.ts';
import { remarkMermaid } from './remark-mermaid.ts';

/**
 * The Markdown pipeline, assembled in one place: Astro 7's default processor runs no plugins,
 * so the unified processor is configured explicitly (MDX follows it).
 */
export function markdownProcessor(options: { base: string; site: string }) {
  return unified({
    gfm: false,
    remarkPlugins: [
      remarkGfm,
      remarkGraphFacts,
      [remarkMarkdownTwin, options],
      remarkCitations,
      remarkHeadingIds,
      remarkMermaid,
    ],
    rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, [rehypeBaseLinks, options]],
  });
}
