import type { Root } from 'mdast';
import { analyzeBody } from '../body.ts';
import { graphFacts } from '../body-facts.ts';

/**
 * Notes what the link graph needs of a body (its cited sources in order, its links, its headings
 * with their pinned ids) while @astrojs/mdx renders it, in the frontmatter that remark plugins may
 * extend, which `render(entry)` returns as `remarkPluginFrontmatter` (Astro's documented way for a
 * plugin to hand data to a page). It runs first, before the other plugins change the tree, and
 * reads it with the same function as the checks (src/ingest/body.ts), so a page and a check
 * always agree on what a body cites and links.
 */
export const GRAPH_FACTS = 'graphFacts';

export function remarkGraphFacts() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    // Only what the site reads (the graph, the provenance line): line numbers matter for order, the tree stays behind.
    file.data.astro.frontmatter[GRAPH_FACTS] = graphFacts(analyzeBody(tree));
  };
}
