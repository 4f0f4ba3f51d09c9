import { COLLECTION_LABELS } from '../schemas/registry.ts';
import { FACETS, ORIGINS, STAGES, type Stage } from '../schemas/vocab.ts';
import { type Graph, type GraphEntry, keyOf } from './graph.ts';

/**
 * The search filters of an entry page, computed once from the link graph. The entry page writes
 * them as data-pagefind-filter markers; the matrix page counts stages with the same function, so a
 * cell's count and the filtered search it links to agree. Companies come from the case records
 * (src/model/cases.ts): an entry is about a company when one of its case studies shows it.
 */
export { FACETS };

type Facet = (typeof FACETS)[number];
export type Facets = Record<Facet, string[]>;

/** Singular, lower-case type names, as readers type them in a filter. */
const TYPE_OF = Object.fromEntries(
  Object.entries(COLLECTION_LABELS).map(([c, l]) => [c, l.one.toLowerCase()]),
) as Record<keyof typeof COLLECTION_LABELS, string>;

export function entryFacets(graph: Graph, entry: GraphEntry, tagLabels: Map<string, string>): Facets {
  const companyName = (id: string) => graph.entries.get(`companies/${id}`)?.title ?? id;
  const companies =
    entry.collection === 'companies'
      ? [entry.title]
      : (graph.cases.companiesOf.get(keyOf(entry)) ?? []).map(companyName);
  // The challenges it names and those of the case studies that show it (their records), each once.
  const challengeIds =
    entry.collection === 'challenges'
      ? [entry.id]
      : [
          ...entry.refs.filter((r) => r.field === 'challenges').map((r) => r.id),
          ...(graph.cases.caseChallengesOf.get(keyOf(entry)) ?? []),
        ];
  const challenges = [...new Set(challengeIds)]
    .map((id) => graph.entries.get(`challenges/${id}`)?.title)
    .filter((t): t is string => !!t);
  return {
    type: [TYPE_OF[entry.collection]],
    // Only the team's own entries are marked: a knowledge base of the guide alone then ships no origin filter.
    origin: entry.origin === 'team' ? [ORIGINS.team] : [],
    company: companies,
    challenge: challenges,
    stage: entry.stages.map((s) => STAGES[s as Stage] ?? s),
    tag: entry.tags.map((t) => tagLabels.get(t) ?? t),
  };
}

/** `/search/?company=DoorDash&challenge=Cold+start`: a filtered search, shareable as a link. */
export function searchQuery(filters: Partial<Record<Facet, string>>, q?: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const f of FACETS) if (filters[f]) params.set(f, filters[f]!);
  return `/search/?${params.toString()}`;
}
