import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { connectionsOf } from '../../src/model/connections.ts';
import type { Graph } from '../../src/model/graph.ts';
import { FIXTURE, ROOT } from '../helpers/fixture.ts';

/* The Connections block: each connected entry once, with every way it connects (fixture graph). */
describe('connections', () => {
  let graph: Graph;
  const of = (key: string) =>
    connectionsOf(graph, graph.entries.get(key)!).map(
      (c) => `${c.entry.collection}/${c.entry.id}: ${c.relations.join(', ')}`,
    );
  beforeAll(async () => {
    graph = createContext(await loadContent(FIXTURE, ROOT)).graph;
  });

  it('lists each connected entry once, with all its relations, strongest first', () => {
    // label-by-hand names cold-start, and cold-start's body links it back: one line, two relations.
    expect(of('challenges/cold-start')).toEqual([
      'techniques/active-learning: addressed-by, links-here',
      'practices/label-by-hand: addressed-by, linked',
      'companies/globex: case-study-cited',
      'challenges/label-noise: related-by',
    ]);
  });

  it('says how a company is connected: what draws on its case studies', () => {
    expect(of('companies/acme')).toContain('practices/rank-simply: cites-case-study');
    expect(of('companies/acme').filter((l) => l.startsWith('techniques/active-learning'))).toHaveLength(1);
  });

  it('never lists an entry twice or the entry itself, on any page of the fixture', () => {
    for (const [key, node] of graph.entries) {
      const keys = connectionsOf(graph, node).map((c) => `${c.entry.collection}/${c.entry.id}`);
      expect(new Set(keys).size, key).toBe(keys.length);
      expect(keys, key).not.toContain(key);
    }
  });

  it('connects by shared tags only entries not connected otherwise, up to the limit', () => {
    const tagOnly = connectionsOf(graph, graph.entries.get('practices/rank-simply')!, 1).filter((c) =>
      c.relations.includes('shares-tags'),
    );
    expect(tagOnly.length).toBeLessThanOrEqual(1);
    for (const c of tagOnly) expect(c.relations).toEqual(['shares-tags']);
  });
});
