import type { Graph, GraphEntry } from './graph.ts';
import type { KitItem } from './kit-view.ts';
import { caseId } from './site-model.ts';

/*
 * The review kit's case studies: one item per case, whatever the number of its write-ups, with what
 * ranks it under a challenge (its case record, the entries citing it) and the card it links.
 */
export interface KitSource {
  id: string;
  title: string;
  organisation?: string | undefined;
  year?: number | null | undefined;
  role?: string | undefined;
  kind: string;
  /** The source standing for the same case (`same_case_as`), if this is another write-up of it. */
  sameCaseAs?: string | undefined;
}

/** A source file's data as the kit reads it (Astro's collection and the check loader hand over the same shape). */
export const kitSource = (s: {
  id: string;
  data: {
    title: string;
    organisation?: { id: string } | undefined;
    year?: number | null | undefined;
    role?: string | undefined;
    kind: string;
    same_case_as?: string | undefined;
  };
}): KitSource => ({
  id: s.id,
  title: s.data.title,
  organisation: s.data.organisation?.id,
  year: s.data.year,
  role: s.data.role,
  kind: s.data.kind,
  sameCaseAs: s.data.same_case_as,
});

const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort();

/**
 * One item per case: the write-ups marked `same_case_as` join the source they name, which the item
 * links (its card); their records and citations count for the case.
 */
export function caseItems(graph: Graph, sources: KitSource[], serves: (e: GraphEntry) => string[]): KitItem[] {
  const cases = sources.filter((s) => s.role !== 'reference');
  const ids = new Set(cases.map((s) => s.id));
  const standsFor = (s: KitSource) => (s.sameCaseAs && ids.has(s.sameCaseAs) ? s.sameCaseAs : s.id);
  const items: KitItem[] = [];
  for (const s of [...cases].sort((a, b) => a.title.localeCompare(b.title))) {
    if (standsFor(s) !== s.id) continue;
    const copies = cases.filter((c) => c !== s && standsFor(c) === s.id);
    const citing = [...new Set([s, ...copies].flatMap((c) => graph.citing.get(c.id) ?? []))];
    const about = uniq([s, ...copies].flatMap((c) => graph.sources.get(c.id)?.challenges ?? []));
    const cites: Record<string, number> = {};
    for (const e of citing) for (const c of serves(e)) cites[c] = (cites[c] ?? 0) + 1;
    const company = s.organisation ? graph.entries.get(`companies/${s.organisation}`)?.title : undefined;
    const aboutEntries = about.flatMap((c) => graph.entries.get(`challenges/${c}`) ?? []);
    items.push({
      kind: 'source',
      title: s.title,
      href: `/sources/${s.id}/#${caseId(s.id)}`,
      note: [company, s.year].filter(Boolean).join(', '),
      challenges: uniq([...about, ...Object.keys(cites)]),
      stages: uniq([...citing, ...aboutEntries].flatMap((e) => e.stages)),
      about,
      cites,
      ...(copies.length
        ? { also: copies.map((c) => ({ label: c.kind.replace(/-/g, ' '), href: `/sources/${c.id}/#${caseId(c.id)}` })) }
        : {}),
    });
  }
  return items;
}
