import { entryKeyFromHref, type Graph, type GraphEntry, keyOf, sharedTags } from './graph.ts';

/*
 * One entry's connections, each connected entry once, with every way it is connected. This
 * replaces the separate References / Referenced by / Shares tags / What addresses it /
 * Attributed lists, which repeated the same entries up to four times.
 */
type Relation =
  | 'addresses'
  | 'uses'
  | 'related'
  | 'linked' // this entry points to the other
  | 'addressed-by'
  | 'used-by'
  | 'related-by'
  | 'links-here' // the other points to this entry
  | 'cites-case-study'
  | 'case-study-cited' // through the sources cited
  | 'shares-tags'
  | 'related-both'
  | 'linked-both'; // a pair above, said once

export interface Connection {
  entry: GraphEntry;
  relations: Relation[];
  tags: string[];
}

/** How each relation reads after the other entry's name. */
export const RELATION_LABELS: Record<Relation, string> = {
  addresses: 'challenge it addresses',
  uses: 'technique it uses',
  related: 'related',
  linked: 'linked in the text',
  'addressed-by': 'addresses this',
  'used-by': 'uses this',
  'related-by': 'lists this as related',
  'links-here': 'links here',
  'cites-case-study': 'draws on its case studies',
  'case-study-cited': 'its case study is drawn on here',
  'shares-tags': 'shares tags',
  'related-both': 'related both ways',
  'linked-both': 'linked both ways',
};
/** Two relations that say the same thing in opposite directions read as one. */
const PAIRS: [Relation, Relation, Relation][] = [
  ['related', 'related-by', 'related-both'],
  ['linked', 'links-here', 'linked-both'],
];

// Strongest first: the order of a connection's relations and of connections within a group.
const RANK: Relation[] = [
  'addressed-by',
  'addresses',
  'uses',
  'used-by',
  'cites-case-study',
  'case-study-cited',
  'related-both',
  'related',
  'related-by',
  'linked-both',
  'linked',
  'links-here',
  'shares-tags',
];
const OUT: Record<string, Relation> = {
  challenges: 'addresses',
  techniques: 'uses',
  related: 'related',
  'body link': 'linked',
};
const IN: Record<string, Relation> = {
  challenges: 'addressed-by',
  techniques: 'used-by',
  related: 'related-by',
  'body link': 'links-here',
};

/** `[field, target key]` for every reference and body link of an entry. */
const edges = (e: GraphEntry): [string, string][] => [
  ...e.refs.map((r): [string, string] => [r.field, keyOf(r)]),
  ...e.links.flatMap((h): [string, string][] => {
    const k = entryKeyFromHref(h);
    return k ? [['body link', k]] : [];
  }),
];

export function connectionsOf(graph: Graph, node: GraphEntry, tagLimit = 8): Connection[] {
  const self = keyOf(node);
  const found = new Map<string, Connection>();
  const add = (other: GraphEntry | undefined, relation: Relation, tags: string[] = []) => {
    if (!other || keyOf(other) === self) return;
    const c = found.get(keyOf(other)) ?? { entry: other, relations: [], tags: [] };
    if (!c.relations.includes(relation)) c.relations.push(relation);
    c.tags.push(...tags.filter((t) => !c.tags.includes(t)));
    found.set(keyOf(other), c);
  };
  for (const [field, target] of edges(node)) add(graph.entries.get(target), OUT[field]!);
  for (const other of graph.backlinks.get(self) ?? []) {
    for (const [field, target] of edges(other)) if (target === self) add(other, IN[field]!);
  }
  if (node.collection === 'companies')
    for (const other of graph.cases.aboutCompany.get(node.id) ?? []) add(other, 'cites-case-study');
  else
    for (const company of graph.cases.companiesOf.get(self) ?? [])
      add(graph.entries.get(`companies/${company}`), 'case-study-cited');
  // Tags alone connect only the closest few entries not connected otherwise.
  const byTags = sharedTags(graph, node, tagLimit + found.size)
    .filter((o) => !found.has(keyOf(o)))
    .slice(0, tagLimit);
  for (const other of byTags)
    add(
      other,
      'shares-tags',
      other.tags.filter((t) => node.tags.includes(t)),
    );
  const strength = (c: Connection) => Math.min(...c.relations.map((r) => RANK.indexOf(r)));
  for (const c of found.values()) {
    for (const [a, b, both] of PAIRS)
      if (c.relations.includes(a) && c.relations.includes(b))
        c.relations = [...c.relations.filter((r) => r !== a && r !== b), both];
  }
  for (const c of found.values()) c.relations.sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b));
  return [...found.values()].sort(
    (a, b) =>
      strength(a) - strength(b) ||
      b.relations.length - a.relations.length ||
      a.entry.title.localeCompare(b.entry.title),
  );
}

/**
 * The connections the page shows (components/connections.astro), and the site model counts: a
 * company whose only tie is a cited case study is already named in the entry's meta ("Companies").
 * Computed once per entry and graph: the entry's page, the site model and the pages that list it
 * all ask for them (at 5,000 entries, recomputing cost seconds).
 */
const shown = new WeakMap<Graph, Map<GraphEntry, Connection[]>>();
export function shownConnections(graph: Graph, node: GraphEntry): Connection[] {
  const memo = shown.get(graph) ?? new Map<GraphEntry, Connection[]>();
  shown.set(graph, memo);
  const known = memo.get(node);
  if (known) return known;
  const list = connectionsOf(graph, node).filter(
    (c) => !(c.relations.length === 1 && c.relations[0] === 'case-study-cited'),
  );
  memo.set(node, list);
  return list;
}
