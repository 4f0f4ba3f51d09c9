import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { type Graph, keyOf, sharedTags } from '../../src/model/graph.ts';
import { CONTENT, FIXTURE, ROOT } from '../helpers/fixture.ts';

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

  it('attributes entries to companies through the case records of their sources, not every citation', () => {
    expect(keys(graph.cases.aboutCompany.get('acme'))).toEqual([
      'challenges/label-noise',
      'practices/label-by-hand',
      'practices/rank-simply',
      'techniques/active-learning',
    ]);
    // label-noise cites Globex's paper too, for an aside: the paper's record does not list it.
    expect(keys(graph.cases.aboutCompany.get('globex'))).toEqual([
      'challenges/cold-start',
      'techniques/active-learning',
    ]);
    expect(graph.cases.companiesOf.get('techniques/active-learning')).toEqual(['acme', 'globex']);
    expect(graph.cases.companiesOf.get('challenges/label-noise')).toEqual(['acme']);
  });

  it('tells what each company did about each challenge, from the case records alone', () => {
    const view = (company: string, challenge: string) => {
      const v = graph.cases.companyChallenges.get(company)?.get(challenge);
      return v && { cases: v.cases, entries: keys(v.entries) };
    };
    expect(view('acme', 'label-noise')).toEqual({
      cases: ['acme-labels'],
      entries: ['practices/label-by-hand', 'techniques/active-learning'],
    });
    expect(view('globex', 'cold-start')).toEqual({ cases: ['globex-paper'], entries: ['techniques/active-learning'] });
    // Acme's sources are cited by cold-start's neighbours, but no Acme case is about cold start.
    expect(view('acme', 'cold-start')).toBeUndefined();
    expect(view('globex', 'label-noise')).toBeUndefined();
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

  it('keeps, of the entries sharing tags, the same first few a full sort would (any limit)', async () => {
    const real = createContext(await loadContent(CONTENT, ROOT)).graph;
    for (const g of [graph, real])
      for (const entry of g.entries.values()) {
        const counts = new Map<string, number>();
        for (const t of entry.tags)
          for (const o of g.byTag.get(t) ?? []) if (o !== entry) counts.set(keyOf(o), (counts.get(keyOf(o)) ?? 0) + 1);
        const sorted = [...counts].sort(
          (a, b) => b[1] - a[1] || g.titleRank.get(g.entries.get(a[0])!)! - g.titleRank.get(g.entries.get(b[0])!)!,
        );
        for (const limit of [0, 1, 3, 8, 50]) {
          expect(sharedTags(g, entry, limit).map(keyOf), `${keyOf(entry)} ${limit}`).toEqual(
            sorted.slice(0, limit).map(([k]) => k),
          );
        }
      }
  });
});
