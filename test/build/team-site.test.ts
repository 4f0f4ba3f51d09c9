import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ready } from '../helpers/sites.ts';
import { NEW_TECHNIQUE, TEAM_OWNER } from './setup.ts';

/*
 * A knowledge base holding only a team's own lessons (test/fixtures/team-kb: one internal
 * postmortem, two entries with `origin: team`, no guide sections), plus a technique that
 * `npm run new` wrote and a test filled in: it passes the build's checks and builds (setup.ts).
 */
describe('a team-only knowledge base', () => {
  const dist = inject('dist').team;
  beforeAll(() => ready('team'));
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  it('builds the entry written by npm run new, linked from the entry named', () => {
    expect(page(NEW_TECHNIQUE.page).querySelector('h1')!.text).toBe('Conformal prediction');
    const links = page(NEW_TECHNIQUE.from)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`/${NEW_TECHNIQUE.page}/`);
  });

  it("names the team as the internal postmortem's organisation, with its link marked internal", () => {
    const text = page('sources/fraud-model-postmortem').querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(text).toContain(`Internal postmortem of ${TEAM_OWNER}: the link opens inside the team’s network`);
    expect(text).not.toContain('No confirmed address');
  });

  it("marks the team's entries for readers and for the Origin filter of the search", () => {
    const entry = page('challenges/silent-feature-staleness');
    expect(entry.querySelector('.entry-meta')!.text).toContain(`A lesson of ${TEAM_OWNER}`);
    const filters = entry.querySelectorAll('[data-pagefind-filter="origin"]').map((f) => f.text);
    expect(filters).toEqual(['Team']);
    expect(page('practices').querySelector('.team-badge')?.text).toBe('Team');
  });
});
