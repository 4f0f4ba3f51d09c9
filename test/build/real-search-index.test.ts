import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { entryFacets } from '../../src/model/search-facets.ts';
import { CONTENT, ROOT } from '../helpers/fixture.ts';
import { allResults, loadPagefind, type NodePagefind } from '../helpers/pagefind-node.ts';
import { ready } from '../helpers/sites.ts';

/* The real site's search index, queried in Node as the browser would (the shared real build). */
const dist = inject('dist').real;
beforeAll(() => ready('real'));

describe('search index (queried in Node, as the browser would)', () => {
  let pf: NodePagefind;
  let ctx: ReturnType<typeof createContext>;
  const urlOf = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;
  beforeAll(async () => {
    pf = await loadPagefind(dist);
    ctx = createContext(await loadContent(CONTENT, ROOT));
  });

  it('ranks the cold-start challenge first for "cold start"', async () => {
    const [first] = await allResults(pf, 'cold start');
    expect(first?.url).toBe('/challenges/cold-start/');
  });

  it('lists every company and challenge in the filters, with the entries that carry them', async () => {
    const filters = await pf.filters();
    const companies = [...ctx.graph.entries.values()]
      .filter((e) => e.collection === 'companies')
      .map((e) => e.title)
      .sort();
    const challenges = [...ctx.graph.entries.values()]
      .filter((e) => e.collection === 'challenges')
      .map((e) => e.title)
      .sort();
    expect(Object.keys(filters.company!).sort()).toEqual(companies);
    expect(Object.keys(filters.challenge!).sort()).toEqual(challenges);
    expect(Object.keys(filters.type!).sort()).toEqual([
      'challenge',
      'company',
      'framework',
      'practice',
      'source',
      'technique',
    ]);
  });

  it('returns for company=DoorDash only DoorDash entries, and all of them', async () => {
    const got = (await allResults(pf, null, { company: 'DoorDash' })).map((r) => r.url).sort();
    const tags = new Map(ctx.content.tags.map((t) => [t.id, t.data.label]));
    const expected = [
      ...[...ctx.graph.entries.values()]
        .filter((e) => entryFacets(ctx.graph, e, tags).company.includes('DoorDash'))
        .map(urlOf),
      ...ctx.content.sources.filter((s) => s.data.organisation?.id === 'doordash').map((s) => `/sources/${s.id}/`),
    ].sort();
    expect(got).toEqual(expected);
    // And the graph agrees: every entry DoorDash's case records list is in, plus the company page.
    expect(got).toEqual(
      expect.arrayContaining([
        ...(ctx.graph.cases.aboutCompany.get('doordash') ?? []).map(urlOf),
        '/companies/doordash/',
      ]),
    );
  });

  it('returns for a challenge filter what addresses it, and the case studies about it with what they show', async () => {
    const got = (await allResults(pf, null, { challenge: 'Cold start' })).map((r) => r.url);
    const addressing = (ctx.graph.addressing.get('cold-start') ?? []).map(urlOf);
    const cases = ctx.content.sources.filter((s) => s.data.challenges.some((c) => c.id === 'cold-start'));
    const shown = cases.flatMap((s) => [...s.data.practices, ...s.data.techniques]).map(urlOf);
    expect(addressing.length).toBeGreaterThan(2);
    expect(cases.map((s) => s.id)).toContain('doordash-item-tagging');
    expect(got.sort()).toEqual(
      [
        ...new Set(['/challenges/cold-start/', ...addressing, ...shown, ...cases.map((s) => `/sources/${s.id}/`)]),
      ].sort(),
    );
  });

  it('indexes only the main content: not navigation, source lists or backlinks', async () => {
    const [hit] = await allResults(pf, 'cold start');
    const text = (hit as unknown as { content: string }).content;
    expect(text).toContain('DoorDash');
    for (const chrome of ['Skip to content', 'Connections', 'addresses this', 'links here', 'From the guide'])
      expect(text).not.toContain(chrome);
    // A source list item on an entry page is not indexed there; the source's own page is.
    // (Among the first three: an entry whose synonyms hold the source's title may rank above it.)
    const top = (await allResults(pf, 'Semantic Label Representation')).slice(0, 3).map((r) => r.url);
    expect(top.some((u) => u.startsWith('/sources/'))).toBe(true);
  });

  it('gives sub-results that land on the heading they match', async () => {
    const [hit] = await allResults(pf, 'switchback');
    const sub = hit!.sub_results.find((s) => s.url.includes('#'));
    expect(sub).toBeDefined();
    const [path, anchor] = sub!.url.split('#') as [string, string];
    const ids = parse(readFileSync(join(dist, path, 'index.html'), 'utf8'))
      .querySelectorAll('[id]')
      .map((el) => el.id);
    expect(ids).toContain(anchor);
  });

  it('stage matrix cells count exactly what their filtered search returns', async () => {
    const page = parse(readFileSync(join(dist, 'matrix/index.html'), 'utf8'));
    const cells = page.querySelector('#matrix-stages')!.closest('table')!.querySelectorAll('td a');
    expect(cells.length).toBeGreaterThan(20);
    for (const a of cells.filter((_, i) => i % 7 === 0)) {
      const params = new URL(a.getAttribute('href')!, 'https://x').searchParams;
      const filters = Object.fromEntries([...params]);
      expect((await allResults(pf, null, filters)).length, a.getAttribute('href')!).toBe(Number(a.text));
    }
  });
});
