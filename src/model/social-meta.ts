import { COLLECTION_LABELS, ENTRY_COLLECTIONS, type EntryCollection } from '../schemas/registry.ts';

/*
 * What a pasted link shows (Slack, Teams, wikis, pull requests): the og: and twitter: meta of a
 * page and the path of its social card. Shared by the layout, the card renderer and the dist check,
 * so the three agree on names and paths.
 */
export const SITE_NAME = 'Production ML Lessons';
/** What a social card shows: the kind of page, its title and summary, and the site's name. */
export interface CardText {
  title: string;
  kind: string;
  summary: string;
  siteName: string;
}

/**
 * The card image: its size and format (drawn by src/emit/cards/draw.ts, and part of its cache key).
 * JPEG, which every link preview reads, encodes fastest.
 */
export const CARD = { width: 1200, height: 630, extension: 'jpg', quality: 90 } as const;

/** The meta every built page must carry (checked over dist/ by `src/checks/dist/social.ts`). */
export const REQUIRED_META = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:site_name',
  'og:image',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
] as const;

/** `/kb/practices/start-simple/` (with base `/kb/`) → `/kb/og/practices/start-simple.jpg`. */
export function cardPath(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const slug = rest.replace(/\/$/, '').replace(/\.html$/, '') || 'index';
  return `${b}og/${slug}.${CARD.extension}`;
}

const SECTION_KINDS: Record<string, [one: string, many: string]> = {
  ...Object.fromEntries(
    [...ENTRY_COLLECTIONS, 'sources'].map((c) => [
      c,
      [COLLECTION_LABELS[c as 'sources'].one, COLLECTION_LABELS[c as 'sources'].many] as [string, string],
    ]),
  ),
  tags: ['Tag', 'Tags'],
  stages: ['Lifecycle stage', 'Lifecycle stages'],
  review: ['Review kit', 'Review kit'],
  guide: ['Guide outline', 'Guide outline'],
  matrix: ['Overview', 'Overview'],
  search: ['Search', 'Search'],
};

/** The kind shown for one page of a section: `kindOf('tags')` is "Tag". */
const kindOf = (section: string): string => SECTION_KINDS[section]?.[0] ?? 'Page';

/** The kind of page a path is, as shown on its card and in `twitter:label1`: "Practice", "Tag"... */
export function pageKind(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const parts = (pathname.startsWith(b) ? pathname.slice(b.length) : pathname).split('/').filter(Boolean);
  if (parts.length === 0) return 'Knowledge base';
  const kind = SECTION_KINDS[parts[0]!];
  if (!kind) return 'Page';
  return parts.length > 1 ? kind[0] : kind[1];
}

/** How a tag page and a challenge's review kit name and describe themselves (pages and pre-drawn cards). */
export const tagPage = (label: string, description: string) => ({ title: `Tag: ${label}`, description });
export const reviewKitPage = (challenge: string) => ({
  title: `Review kit: ${challenge}`,
  description:
    `Design-review checklist for a system facing ${challenge.toLowerCase()}: ` +
    'questions to ask, practices and techniques to consider, case studies to read.',
});

/**
 * What a source page says of itself in one line (its <meta name="description"> and its card):
 * src/pages/sources/[id].astro.
 */
export function sourceSummary(source: { kind: string; publisher: string; year: number | null }, citing: number) {
  const year = source.year ? ` (${source.year})` : '';
  const citedBy = `cited by ${citing} ${citing === 1 ? 'entry' : 'entries'}`;
  return `${source.kind.replace('-', ' ')} by ${source.publisher}${year}, ${citedBy}.`;
}

/** What the forecast of cards reads of the content (the checks' loaded content has this shape). */
interface CardForecastInput {
  entries: { collection: EntryCollection; data: { title: string; summary: string } }[];
  sources: { id: string; data: { title: string; kind: string; publisher: string; year: number | null } }[];
  tags: { data: { label: string; description: string } }[];
  /** How many entries cite a source. */
  citing(sourceId: string): number;
}

/**
 * The cards of the entry, source, tag and review-kit pages, as those pages will describe themselves:
 * drawn ahead into the card cache while Astro builds (src/emit/pre-build-thread.ts), so the
 * post-build step finds them there. A test keeps the forecast in step with the pages; a forecast
 * that drifted would only cost the time of drawing the page's own card.
 */
export function expectedCards({ entries, sources, tags, citing }: CardForecastInput): CardText[] {
  const card = (title: string, kind: string, summary: string) => ({ title, kind, summary, siteName: SITE_NAME });
  const named = (kind: string, page: { title: string; description: string }) =>
    card(page.title, kind, page.description);
  return [
    ...entries.map((e) => card(e.data.title, COLLECTION_LABELS[e.collection].one, e.data.summary)),
    ...sources.map((s) => card(s.data.title, COLLECTION_LABELS.sources.one, sourceSummary(s.data, citing(s.id)))),
    ...tags.map((t) => named(kindOf('tags'), tagPage(t.data.label, t.data.description))),
    ...entries
      .filter((e) => e.collection === 'challenges')
      .map((e) => named(kindOf('review'), reviewKitPage(e.data.title))),
  ];
}
