import { sourceAnchor } from '../ingest/citations.ts';
import { entryPath } from '../ingest/hrefs.ts';
import { aliasPath } from '../schemas/fields.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../schemas/registry.ts';
import { STAGE_IDS } from '../schemas/vocab.ts';
import { shownConnections } from './connections.ts';
import { type Graph, type GraphEntry, keyOf } from './graph.ts';

/**
 * The model of the site: every page and the ids on it, computed from the content alone. The
 * components render the ids named here (and group and connect entries with the functions below);
 * the content checks resolve links against the model before any build; and a test compares the
 * model with the built site, page for page and id for id.
 */
export const IDS = {
  main: 'main',
  related: 'related',
  connections: 'connections',
  sources: 'sources',
  caseStudies: 'case-studies',
  byChallenge: 'by-challenge',
  citedBy: 'cited-by',
  tocRail: 'toc-rail-title',
  readyMade: 'ready-made',
} as const;
/**
 * Ids every page of the layout has: the main landmark, and the header's quick search (components/quick-search.astro).
 */
export const LAYOUT_IDS = [IDS.main, 'quick-search-list'];
export const caseId = (sourceId: string) => `case-${sourceId}`;
/** On a company page: the section on what its cases did about one challenge. */
export const aboutId = (challengeId: string) => `about-${challengeId}`;
export const pointId = (section: string, index: number) => `${section}-${index + 1}`;

/** Ids the pages without content write themselves (src/pages/index.astro, search.astro, matrix.astro). */
const FIXED_PAGES: Record<string, string[]> = {
  '/': ['by-stage', 'by-challenge', 'review', 'by-company'],
  '/search/': ['search-q', 'filters-heading', 'chips-heading', 'results-heading'],
  '/matrix/': ['challenges', 'stages', 'matrix-challenges', 'matrix-stages'],
  '/tags/': [],
};

/** Entries grouped by collection in registry order, each group sorted by title; empty groups left out. */
export function groupByCollection(entries: GraphEntry[]): { collection: EntryCollection; items: GraphEntry[] }[] {
  return ENTRY_COLLECTIONS.map((collection) => ({
    collection,
    items: entries.filter((e) => e.collection === collection).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((g) => g.items.length);
}

interface SiteModelInput {
  graph: Graph;
  /** Per entry: its old ids, and the anchors its body writes (headings, their aliases, JSX ids). */
  entries: { collection: EntryCollection; id: string; aliases: string[]; anchors: string[]; sections: number }[];
  /** Challenge id → the ids its pre-rendered review kit writes (kitIds in src/model/kit-view.ts). */
  reviewKits: Map<string, string[]>;
  sources: { id: string; organisation?: string | undefined }[];
  tags: string[];
  outline: { id: string; points: number }[];
}
/** Page path (without the base) → the ids on it. Redirect pages have none. */
export type SitePages = Map<string, Set<string>>;

export function siteModel({ graph, entries, sources, tags, outline, reviewKits }: SiteModelInput): SitePages {
  const pages: SitePages = new Map();
  const add = (path: string, ids: Iterable<string> = []) => pages.set(path, new Set([...LAYOUT_IDS, ...ids]));
  const groups = (prefix: string, list: GraphEntry[]) => groupByCollection(list).map((g) => `${prefix}${g.collection}`);
  for (const [path, ids] of Object.entries(FIXED_PAGES)) add(path, ids);
  for (const c of ENTRY_COLLECTIONS) add(`/${c}/`);
  // /review/ writes its kit in the browser, for the challenges picked there.
  add('/review/', [IDS.readyMade]);
  for (const [id, ids] of reviewKits) add(`/review/${id}/`, ids);
  add('/sources/', ['markers', ...sources.map((s) => s.id)]);
  for (const s of sources) add(`/sources/${s.id}/`, [IDS.citedBy, caseId(s.id)]);
  add(
    '/guide/',
    outline.flatMap((s) => [s.id, ...Array.from({ length: s.points }, (_, i) => pointId(s.id, i))]),
  );
  for (const t of tags) add(`/tags/${t}/`, groups('', graph.byTag.get(t) ?? []));
  for (const s of STAGE_IDS) add(`/stages/${s}/`, groups('', graph.byStage.get(s) ?? []));
  for (const entry of entries) {
    const node = graph.entries.get(keyOf(entry))!;
    const cited = node.citations.filter((id) => graph.sources.has(id));
    const ids = [
      ...entry.anchors,
      IDS.related,
      IDS.connections,
      ...groups(
        `${IDS.connections}-`,
        shownConnections(graph, node).map((c) => c.entry),
      ),
    ];
    if (cited.length) ids.push(IDS.sources, ...cited.map(sourceAnchor));
    if (entry.collection === 'companies') {
      ids.push(IDS.caseStudies, ...sources.filter((s) => s.organisation === entry.id).map((s) => caseId(s.id)));
      const challenges = [...(graph.cases.companyChallenges.get(entry.id)?.keys() ?? [])];
      if (challenges.length) ids.push(IDS.byChallenge, ...challenges.map(aboutId));
    }
    // The contents rail shows when it has two items: the case studies, the text's sections, Connections, Sources.
    if (entry.collection === 'companies' || entry.sections > 0 || cited.length) ids.push(IDS.tocRail);
    add(entryPath(entry), ids);
    for (const alias of entry.aliases) pages.set(`/${aliasPath(entry.collection, alias).join('/')}/`, new Set());
  }
  return pages;
}
