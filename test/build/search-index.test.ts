import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage } from '../../src/checks/dist/read-page.ts';
import { forIndex } from '../../src/emit/steps/search-index.ts';
import { topIds } from '../../src/model/search/eval.ts';
import { loadPagefind, type NodePagefind } from '../../src/model/search/pagefind-node.ts';
import { ready } from '../helpers/sites.ts';

/*
 * What the index holds and how it ranks, on the fixture knowledge base: synonyms are shown and
 * searched, names beat the case studies that mention them, and words in neighbouring cells stay
 * apart. Each has a counterpart that shows the same query failing without the feature.
 */
describe('search index of the fixture site', () => {
  let dist: string;
  let pf: NodePagefind;
  let plain: NodePagefind;
  beforeAll(async () => {
    // The fixture site carries synonyms on label-noise (test/build/setup.ts); the plain index is the
    // changed fixture, which has none, ranked by Pagefind's defaults with our `names` field ignored.
    await ready('fixture', 'changed');
    dist = inject('dist').fixture;
    pf = await loadPagefind(dist);
    plain = await loadPagefind(inject('dist').changed, { ranking: { metaWeights: { names: 0 } } });
  });

  it('shows an entry\'s synonyms as "Also called" and finds the entry first by one of them', async () => {
    const page = parse(readFileSync(join(dist, 'challenges/label-noise/index.html'), 'utf8'));
    expect(page.querySelector('.also-called')?.text.replace(/\s+/g, ' ').trim()).toBe(
      'Also called annotation errors and mislabelled examples',
    );
    expect((await topIds(pf, 'mislabelled examples'))[0]).toBe('challenges/label-noise');
    expect(await topIds(plain, 'mislabelled examples')).not.toContain('challenges/label-noise');
  });

  it('puts a company page above its own case studies for the company name', async () => {
    const ours = await topIds(pf, 'Acme');
    expect(ours[0]).toBe('companies/acme');
    expect(ours).toEqual(expect.arrayContaining(['sources/acme-labels', 'sources/acme-ranking']));
    // Pagefind alone ranks a short source page, whose title holds the name, first.
    const [first] = (await plain.search('Acme')).results;
    expect((await first!.data()).url).toMatch(/^\/sources\//);
  });

  it('keeps words of neighbouring blocks and table cells apart in the indexed text', () => {
    const html =
      '<main data-pagefind-body><table><tr><th>Decision</th><th>Simpler option</th></tr></table><ul><li><a ' +
      'href="/x/">Iterate</a><span>Practice</span></li></ul></main>';
    const text = (h: string) => parse(h).querySelector('main')!.text;
    expect(text(html)).toContain('DecisionSimpler'); // the fixture glues as Pagefind would
    expect(text(forIndex(html, readPage(html)))).toContain('Decision Simpler option');
  });

  it('indexes a source page by its own text, not by the titles and summaries of the entries citing it', async () => {
    const hit = (await plain.search('Acme')).results;
    const data = await Promise.all(hit.map((r) => r.data()));
    const source = data.find((d) => d.url === '/sources/acme-labels/') as unknown as { content: string };
    expect(source.content).toContain('How Acme labels widgets');
    expect(source.content).not.toContain('Label by hand');
  });
});
