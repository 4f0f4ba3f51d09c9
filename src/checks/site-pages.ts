import { sourceAnchor } from '../lib/citations.ts';
import { keyOf } from '../lib/graph.ts';
import { ENTRY_IDS, LAYOUT_IDS, PANEL_IDS } from '../lib/layout-ids.ts';
import { aliasPath } from '../schemas/fields.ts';
import { STAGE_IDS } from '../schemas/vocab.ts';
import type { CheckContext } from './context.ts';

/**
 * The pages the site will have and the anchors on each, known from the content alone, so that a
 * link to `/challenges/cold-start/#what-teams-do-about-it` is checked in seconds, with the file
 * and line, before any build. The built-site check (dist-links.ts) confirms this model.
 */
export type SitePages = Map<string, Set<string>>;

export function sitePages({ content, graph, facts }: CheckContext): SitePages {
  const pages: SitePages = new Map();
  const add = (path: string, ids: Iterable<string> = []) => pages.set(path, new Set([...LAYOUT_IDS, ...ids]));
  for (const path of ['/', '/practices/', '/challenges/', '/techniques/', '/companies/', '/frameworks/', '/tags/', '/search/', '/matrix/']) add(path);
  add('/review/', ['ready-made']);
  for (const e of content.entries) if (e.collection === 'challenges') add(`/review/${e.id}/`);
  add('/sources/', content.sources.map((s) => s.id));
  for (const s of content.sources) add(`/sources/${s.id}/`, ['cited-by', `case-${s.id}`]);
  add('/guide/', content.outline.flatMap((s) => [s.id, ...s.data.points.map((_, i) => `${s.id}-${i + 1}`)]));
  for (const t of content.tags) add(`/tags/${t.id}/`);
  for (const s of STAGE_IDS) add(`/stages/${s}/`);
  for (const entry of content.entries) {
    const body = facts.get(entry)!;
    const node = graph.entries.get(keyOf(entry))!;
    add(`/${entry.collection}/${entry.id}/`, [
      ...ENTRY_IDS, ...(PANEL_IDS[entry.collection] ?? []), ...body.headings.flatMap((h) => [h.slug, ...h.aliases]), ...body.ids.map((el) => el.id),
      ...node.citations.map(sourceAnchor),
      // A company page shows a card per case study (components/case-studies.astro).
      ...(entry.collection === 'companies' ? content.sources.filter((s) => s.data.organisation?.id === entry.id).map((s) => `case-${s.id}`) : []),
    ]);
    // An old id is a bare redirect page: no layout, so no ids of its own (the #fragment travels on).
    for (const alias of entry.data.aliases) pages.set(`/${aliasPath(entry.collection, alias).join('/')}/`, new Set());
  }
  return pages;
}
