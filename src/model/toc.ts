import type { MarkdownHeading } from 'astro';
import type { GraphEntry } from './graph.ts';
import type { SiteData, Source } from './site-data.ts';
import { caseId, IDS } from './site-model.ts';

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

/** The blocks a company page adds after its text: what it did by challenge, then each case study by name. */
export function companyToc(site: SiteData, node: GraphEntry): TocItem[] {
  const cases = companyCases(site, node.id);
  return [
    ...(site.graph.cases.companyChallenges.get(node.id)?.size
      ? [{ depth: 2, slug: IDS.byChallenge, text: 'By challenge' }]
      : []),
    ...(cases.length ? [{ depth: 2, slug: IDS.caseStudies, text: 'Case studies' }] : []),
    ...cases.map((s) => ({ depth: 3, slug: caseId(s.id), text: s.data.title })),
  ];
}

/** A company's case studies, newest first: the order of its cards and of their contents entries. */
export const companyCases = (site: SiteData, company: string): Source[] =>
  [...(site.sourcesByCompany.get(company) ?? [])].sort((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0));
