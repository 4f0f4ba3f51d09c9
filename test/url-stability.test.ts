import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareUrls, publishedUrls, removedMessage } from '../src/checks/dist/published-urls.ts';
import { buildSite } from './helpers/build-site.ts';
import { brokenCopy, FIXTURE } from './helpers/fixture.ts';

/*
 * Links that design reviews rely on: the build lists every published page and heading anchor, and
 * a later build that loses one is caught, unless the entry keeps it as an alias.
 */
const html = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe('URL stability on the fixture site', () => {
  let published: string[];
  let dist: string;
  beforeAll(async () => {
    dist = buildSite('urls-before', FIXTURE);
    published = await publishedUrls(dist);
  });

  it('lists pages and the anchors of written headings, with pinned ids', () => {
    expect(published).toContain('/practices/label-by-hand/');
    expect(published).toContain('/practices/label-by-hand/#how-acme-did-it');
    expect(published).toContain('/challenges/cold-start/#what-teams-do-about-it');
    expect(published.some((u) => u.includes('#referenced-by') || u.includes('#sources'))).toBe(false);
  });

  it('redirects an alias (an old id) to the entry, keeping the #fragment', () => {
    expect(published).toContain('/practices/hand-labelling/');
    const page = html(dist, 'practices/hand-labelling');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/practices/label-by-hand/');
    expect(page.querySelector('script')?.text).toContain('location.hash');
  });

  it('redirects an entry merged in from another collection to the entry that absorbed it', () => {
    expect(published).toContain('/techniques/noise-filtering/');
    const page = html(dist, 'techniques/noise-filtering');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/challenges/label-noise/');
  });

  it('keeps #related, the anchor of the Related lists, on the generated connections block', () => {
    expect(published).toContain('/practices/label-by-hand/#related');
    expect(html(dist, 'practices/label-by-hand').getElementById('related')?.querySelector('a')).toBeTruthy();
  });

  it('catches a heading renamed without an alias', async () => {
    const dir = brokenCopy('urls-renamed', FIXTURE, { 'challenges/cold-start.mdx': (s) => s.replace('## What teams do about it', '## How teams respond') });
    const { removed } = compareUrls(published, await publishedUrls(buildSite('urls-renamed', dir)));
    expect(removed).toEqual(['/challenges/cold-start/#what-teams-do-about-it']);
    expect(removedMessage(removed[0]!)).toMatch(/pin the old id .*\{#what-teams-do-about-it\}.* or keep it as an alias/);
  });

  it('accepts the rename when the old anchor is kept as an alias, and the old link lands on the section', async () => {
    const dir = brokenCopy('urls-aliased', FIXTURE, {
      'challenges/cold-start.mdx': (s) => s.replace('## What teams do about it', '## How teams respond \\{#how-teams-respond #what-teams-do-about-it}'),
    });
    const after = buildSite('urls-aliased', dir);
    expect(compareUrls(published, await publishedUrls(after)).removed).toEqual([]);
    const old = html(after, 'challenges/cold-start').getElementById('what-teams-do-about-it');
    expect(old?.parentNode?.tagName).toBe('H2');
    expect(old?.parentNode?.id).toBe('how-teams-respond');
  });

  it('catches a removed page, and tells the author to add an alias', async () => {
    const dir = brokenCopy('urls-removed-page', FIXTURE, { 'practices/rank-simply.mdx': null, 'challenges/label-noise.mdx': (s) => s.replace('\nSee also [rank simply](/practices/rank-simply/).\n', '\n') });
    const { removed } = compareUrls(published, await publishedUrls(buildSite('urls-removed-page', dir)));
    // The page goes, and with it the anchors of its sections.
    expect(removed.filter((u) => !u.includes('#'))).toEqual(['/practices/rank-simply/']);
    expect(removed.every((u) => u.startsWith('/practices/rank-simply/'))).toBe(true);
    expect(removedMessage(removed[0]!)).toBe('published page /practices/rank-simply/ is gone: add `aliases: [rank-simply]` to the entry that replaces it, so the old URL redirects');
    expect(existsSync(join(dist, 'practices/rank-simply/index.html'))).toBe(true);
  });
});

describe('anchors of a merged entry', () => {
  const page = (url: string, ids: string[], redirectTo?: string) =>
    ({ url, file: `${url.slice(1)}index.html`, ids: new Set(ids), links: [], publishedAnchors: [], redirect: !!redirectTo, root: parse(''), meta: new Map<string, string>(), ...(redirectTo && { redirectTo }) });
  const committed = ['/techniques/old/', '/techniques/old/#how-it-works', '/techniques/old/#gone'];
  const site = { files: new Set<string>(), pages: [page('/techniques/old/', [], '/kb/challenges/new/'), page('/challenges/new/', ['how-it-works'])] };

  it('are kept when the entry it redirects to has them, and reported when it does not', () => {
    const { removed } = compareUrls(committed, ['/techniques/old/', '/challenges/new/'], site, '/kb/');
    expect(removed).toEqual(['/techniques/old/#gone']);
    expect(removedMessage(removed[0]!)).toMatch(/if the page now redirects, give the entry it redirects to a heading with that alias/);
  });
});
