import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Content, loadContent } from '../../src/ingest/load.ts';
import { CONTENT, ROOT } from '../helpers/fixture.ts';
import { ready } from '../helpers/sites.ts';

/*
 * "Company × challenge" as the case records say it (each source's `challenges:`), read from the built
 * real site: every cell of the matrix counts the company's case studies about the challenge, and
 * links to the company page's account of it, which names those cases. The expectations are computed
 * from the source files, not from the site's own model.
 */
describe('company × challenge, from the case records', () => {
  const dist = inject('dist').real;
  let content: Content;
  beforeAll(async () => {
    await ready('real');
    content = await loadContent(CONTENT, ROOT);
  });
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const casesAbout = (company: string, challenge: string) =>
    content.sources
      .filter((s) => s.data.organisation?.id === company && s.data.challenges.some((c) => c.id === challenge))
      .map((s) => s.id)
      .sort();
  const idOf = (collection: string, title: string) =>
    content.entries.find((e) => e.collection === collection && e.data.title === title)!.id;

  it('counts in each matrix cell the case studies of that company about that challenge', () => {
    const table = page('matrix').querySelector('#matrix-challenges')!.closest('table')!;
    const challenges = table.querySelectorAll('thead th').map((th) => idOf('challenges', th.text.trim()));
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.length).toBe(content.entries.filter((e) => e.collection === 'companies').length);
    let nonzero = 0;
    for (const row of rows) {
      const company = idOf('companies', row.querySelector('th')!.text.trim());
      row.querySelectorAll('td').forEach((td, i) => {
        const expected = casesAbout(company, challenges[i]!).length;
        expect(Number(td.querySelector('a')?.text ?? 0), `${company} × ${challenges[i]}`).toBe(expected);
        if (expected) nonzero++;
      });
    }
    expect(nonzero).toBeGreaterThan(10);
  });

  it('shows Walmart × position bias only if a Walmart case is about position bias', () => {
    const table = page('matrix').querySelector('#matrix-challenges')!.closest('table')!;
    const row = table.querySelectorAll('tbody tr').find((tr) => tr.querySelector('th')!.text.trim() === 'Walmart')!;
    const column = table
      .querySelectorAll('thead th')
      .findIndex((th) => idOf('challenges', th.text.trim()) === 'position-bias');
    expect(Number(row.querySelectorAll('td')[column]!.querySelector('a')?.text ?? 0)).toBe(
      casesAbout('walmart', 'position-bias').length,
    );
  });

  it("links DoorDash × cold start to DoorDash's account, naming its cold-start case studies", () => {
    const cases = casesAbout('doordash', 'cold-start');
    expect(cases).toContain('doordash-item-tagging');
    const section = page('companies/doordash').querySelector('#about-cold-start')!.closest('section')!;
    const linked = section.querySelectorAll('a[href^="#case-"]').map((a) => a.getAttribute('href')!.slice(6));
    expect(linked.sort()).toEqual(cases);
    // What the cases show is listed as drawn on: the item-tagging record's practices, for one.
    const shown = content.sources.find((s) => s.id === 'doordash-item-tagging')!.data.practices.map((p) => p.id);
    const drawn = section.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    for (const id of shown) expect(drawn).toContain(`/practices/${id}/`);
  });
});
