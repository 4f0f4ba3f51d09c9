import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { type Graph, sharedTags } from '../../src/lib/graph.ts';
import { FIXTURE, ROOT } from '../helpers/fixture.ts';

/** Keys of a list of graph entries, sorted, for order-independent comparison. */
const keys = (list: { collection: string; id: string }[] | undefined) =>
  (list ?? []).map((e) => `${e.collection}/${e.id}`).sort();

describe('link graph on the fixture collection', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = createContext(await loadContent(FIXTURE, ROOT)).graph;
  });

  it('follows frontmatter references and body links', () => {
    expect(keys(graph.outgoing.get('practices/label-by-hand'))).toEqual([
      'challenges/cold-start',
      'challenges/label-noise',
      'techniques/active-learning',
    ]);
    // active-learning names cold-start in frontmatter and links it from the body (with a #fragment): one edge.
    expect(keys(graph.outgoing.get('techniques/active-learning'))).toEqual(['challenges/cold-start']);
  });

  it('computes backlinks as the reverse of outgoing links', () => {
    expect(keys(graph.backlinks.get('challenges/cold-start'))).toEqual([
      'challenges/label-noise',
      'practices/label-by-hand',
      'techniques/active-learning',
    ]);
    expect(keys(graph.backlinks.get('practices/label-by-hand'))).toEqual([
      'challenges/cold-start',
      'practices/rank-simply',
    ]);
    for (const [from, targets] of graph.outgoing) {
      for (const t of targets) expect(keys(graph.backlinks.get(`${t.collection}/${t.id}`))).toContain(from);
    }
  });

  it('lists what addresses a challenge: practices and techniques that name it, not mere links', () => {
    expect(keys(graph.addressing.get('cold-start'))).toEqual(['practices/label-by-hand', 'techniques/active-learning']);
    expect(keys(graph.addressing.get('label-noise'))).toEqual(['practices/label-by-hand']);
  });

  it('attributes entries to companies through the sources they cite', () => {
    expect(keys(graph.byCompany.get('acme'))).toEqual([
      'challenges/label-noise',
      'practices/label-by-hand',
      'practices/rank-simply',
      'techniques/active-learning',
    ]);
    expect(keys(graph.byCompany.get('globex'))).toEqual([
      'challenges/cold-start',
      'challenges/label-noise',
      'techniques/active-learning',
    ]);
    expect(graph.companiesOf.get('techniques/active-learning')).toEqual(['acme', 'globex']);
  });

  it('indexes tags, citations in order of appearance, and shared tags', () => {
    expect(keys(graph.byTag.get('cold-start'))).toEqual([
      'challenges/cold-start',
      'companies/globex',
      'practices/label-by-hand',
    ]);
    expect(graph.entries.get('techniques/active-learning')!.citations).toEqual(['acme-labels', 'globex-paper']);
    expect(keys(graph.citing.get('acme-ranking'))).toEqual(['companies/acme', 'practices/rank-simply']);
    const near = sharedTags(graph, graph.entries.get('practices/label-by-hand')!);
    expect(keys(near)).toEqual([
      'challenges/cold-start',
      'challenges/label-noise',
      'companies/acme',
      'companies/globex',
      'techniques/active-learning',
    ]);
    expect(graph.dangling).toEqual([]);
  });
});
