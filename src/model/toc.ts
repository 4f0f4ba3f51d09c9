import type { MarkdownHeading } from 'astro';

/*
 * The table of contents of an entry page: the h2 and h3 of its text (h2 only when the text has so
 * many sections that h3 would make the list longer than a screen), then the blocks the page adds.
 */
export interface TocItem {
  depth: number;
  slug: string;
  text: string;
}
const MAX_ITEMS = 18;

/** Heading text as Astro collects it carries the "#" link and "md" button the anchors plugin appends. */
const headingText = (text: string) => text.replace(/\s*#\s*(md)?\s*$/, '').trim();

export function tocItems(headings: MarkdownHeading[], extra: TocItem[]): TocItem[] {
  const body = headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ depth: h.depth, slug: h.slug, text: headingText(h.text) }));
  const fitted = body.length + extra.length > MAX_ITEMS ? body.filter((h) => h.depth === 2) : body;
  return [...fitted, ...extra];
}
