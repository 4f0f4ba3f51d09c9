import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/ingest/load.ts';
import { evaluate, formatReport, passes, readSuite, THRESHOLDS, topIds } from '../../src/model/search/eval.ts';
import { loadPagefind, type NodePagefind } from '../../src/model/search/pagefind-node.ts';
import { CONTENT, ROOT } from '../helpers/fixture.ts';
import { ready } from '../helpers/sites.ts';

/*
 * Search quality on the real content, as readers search it: the suite in test/search-quality/,
 * and every company and challenge found first by its own name, on the shared real build.
 */
const SUITE = join(ROOT, 'test/search-quality/queries.yaml');
describe('search quality on the real content', () => {
  let pf: NodePagefind;
  let known: Set<string>;
  let titles: { collection: string; id: string; title: string }[];
  beforeAll(async () => {
    await ready('real');
    pf = await loadPagefind(inject('dist').real);
    const { entries, sources } = await loadContent(CONTENT, ROOT);
    known = new Set([...entries.map((e) => `${e.collection}/${e.id}`), ...sources.map((s) => `sources/${s.id}`)]);
    titles = entries.map((e) => ({ collection: e.collection, id: e.id, title: e.data.title }));
  });

  it(`answers the suite: hit@3 ≥ ${THRESHOLDS.hitAt3 * 100}%, MRR ≥ ${THRESHOLDS.mrr}, precision ≥ ${THRESHOLDS.precision * 100}%`, async () => {
    const suite = readSuite(SUITE);
    expect(suite.queries.length).toBeGreaterThanOrEqual(40);
    const report = await evaluate(pf, suite, known);
    console.log(formatReport(report));
    expect(report.multiWord).toBeGreaterThan(40);
    expect(report.precision, formatReport(report)).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(passes(report), formatReport(report)).toBe(true);
  });

  it('fails a suite whose queries find few pages holding every word (the precision floor can fail)', async () => {
    // Each holds its answer but fewer than 5 pages hold all its words, so partial matches fill the first page.
    const loose = {
      queries: [
        { q: 'model accuracy degrading in production', expect: ['challenges/drift'] },
        { q: 'topic modelling to find intents', expect: ['practices/unsupervised-to-supervised-labeling'] },
      ],
    };
    const report = await evaluate(pf, loose, known);
    expect(report.multiWord).toBe(2);
    expect(report.precision).toBeLessThan(THRESHOLDS.precision);
    expect(passes(report)).toBe(false);
  });

  it('puts each company page first for its name, and each challenge first for its title', async () => {
    const wrong: string[] = [];
    for (const e of titles.filter((t) => t.collection === 'companies' || t.collection === 'challenges')) {
      const [first] = await topIds(pf, e.title);
      if (first !== `${e.collection}/${e.id}`) wrong.push(`"${e.title}" → ${first ?? 'nothing'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('fails a suite whose answers are wrong, and names each miss (the gate can fail)', async () => {
    const suite = readSuite(SUITE);
    const wrongAnswers = {
      ...suite,
      queries: suite.queries.slice(0, 10).map((x) => ({ q: x.q, expect: ['companies/google'] })),
    };
    const report = await evaluate(pf, wrongAnswers);
    expect(passes(report)).toBe(false);
    expect(report.misses.length).toBeGreaterThan(5);
    await expect(
      evaluate(pf, { ...suite, queries: [{ q: 'drift', expect: ['challenges/no-such-entry'] }] }, known),
    ).rejects.toThrow(/no-such-entry/);
  });
});
