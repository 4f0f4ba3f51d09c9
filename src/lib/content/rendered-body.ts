import { readFileSync } from 'node:fs';
import type { GraphFacts } from './body.ts';
import type { MarkdownHeading } from './mdx-pipeline.ts';

/*
 * An entry's rendered body, as rendered-mdx-loader.ts keeps it: the HTML in a file of its own in
 * Astro's cache folder (read by the one page that shows it, so thousands of bodies never sit in
 * memory or in the bundled data store together), and in the data store the little the rest of
 * the site needs: what the link graph reads of the source, and what the remark plugins noted.
 */
export interface RenderedBody {
  /** The file that holds the body's HTML. */
  file: string;
  /** Cited sources, links and headings (with pinned ids), from the same parse that rendered the body. */
  facts: GraphFacts;
  /** The frontmatter as the remark plugins left it (e.g. `mermaidFallback`). */
  frontmatter: Record<string, unknown>;
  /** The body's headings, as Astro's render() would report them. */
  headings: MarkdownHeading[];
}

interface WithRendered {
  collection: string;
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

export function renderedBody(entry: WithRendered): RenderedBody {
  const body = entry.rendered?.metadata?.kb as RenderedBody | undefined;
  if (!body)
    throw new Error(
      `${entry.collection}/${entry.id} has no rendered body: is its collection loaded with renderedMdx()?`,
    );
  return body;
}

export const bodyHtml = (entry: WithRendered) => readFileSync(renderedBody(entry).file, 'utf8');
