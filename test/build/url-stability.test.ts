import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readDist } from '../../src/checks/dist/pages.ts';
import { compareUrls, publishedUrls, removedMessage } from '../../src/checks/dist/published-urls.ts';
import { ready } from '../helpers/sites.ts';

/*
 * Links that design reviews rely on: the build lists every published page and heading anchor, and
 * a later build that loses one is caught, unless the entry keeps it as an alias. `changed` is the
 * fixture after the edits in test/build/setup.ts (CHANGED_EDITS): a heading renamed without an
 * alias (cold-start), one renamed with its old id kept (label-noise #detect), a page removed (rank-simply).
 */
const html = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe('URL stability on the fixture site', () => {
  const { fixture: dist, changed } = inject('dist');
  let published: string[];
  let removed: string[];
  beforeAll(async () => {
    await ready('fixture', 'changed');
    published = await publishedUrls(dist);
    const after = await readDist(changed);
    removed = compareUrls(published, await publishedUrls(after), after, '/kb/').removed;
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
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/kb/practices/label-by-hand/',
    );
    expect(page.querySelector('script')?.text).toContain('location.hash');
  });

  it('redirects an entry merged in from another collection to the entry that absorbed it', () => {
    expect(published).toContain('/techniques/noise-filtering/');
    const page = html(dist, 'techniques/noise-filtering');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/kb/challenges/label-noise/',
    );
  });

  it('keeps #related, the anchor of the Related lists, on the generated connections block', () => {
    expect(published).toContain('/practices/label-by-hand/#related');
    expect(html(dist, 'practices/label-by-hand').getElementById('related')?.querySelector('a')).toBeTruthy();
  });

  it('fails the build that renames a heading another entry links, naming the link and its file', () => {
    expect(readFileSync(`${changed}.output`, 'utf8')).toContain(
      'content/techniques/active-learning.mdx:1:1  broken-fragment  link /kb/challenges/cold-start/#what-teams-do-about-it',
    );
  });

  it('catches a heading renamed without an alias', () => {
    expect(removed).toContain('/challenges/cold-start/#what-teams-do-about-it');
    expect(removedMessage('/challenges/cold-start/#what-teams-do-about-it')).toMatch(
      /pin the old id .*\{#what-teams-do-about-it\}.* or keep it as an alias/,
    );
  });

  it('accepts the rename when the old anchor is kept as an alias, and the old link lands on the section', () => {
    expect(removed.filter((u) => u.startsWith('/challenges/label-noise/'))).toEqual([]);
    const old = html(changed, 'challenges/label-noise').getElementById('detect');
    expect(old?.parentNode?.tagName).toBe('H2');
    expect(old?.parentNode?.id).toBe('reworded');
  });

  it('catches a removed page, and tells the author to add an alias', () => {
    // The page goes, and with it the anchors of its sections: nothing else is lost.
    expect(removed.filter((u) => !u.includes('#'))).toEqual(['/practices/rank-simply/']);
    expect(removed.filter((u) => !u.startsWith('/practices/rank-simply/'))).toEqual([
      '/challenges/cold-start/#what-teams-do-about-it',
    ]);
    expect(removedMessage('/practices/rank-simply/')).toBe(
      'published page /practices/rank-simply/ is gone: add `aliases: [rank-simply]` to the entry that replaces it, ' +
        'so the old URL redirects',
    );
  });
});

describe('anchors of a merged entry', () => {
  const page = (url: string, ids: string[], redirectTo?: string) => ({
    url,
    file: `${url.slice(1)}index.html`,
    ids: new Set(ids),
    sectionIds: [],
    root: parse(''),
    meta: new Map(),
    links: [],
    publishedAnchors: [],
    redirect: !!redirectTo,
    ...(redirectTo && { redirectTo }),
  });
  const committed = ['/techniques/old/', '/techniques/old/#how-it-works', '/techniques/old/#gone'];
  const site = {
    files: new Set<string>(),
    pages: [page('/techniques/old/', [], '/kb/challenges/new/'), page('/challenges/new/', ['how-it-works'])],
  };

  it('are kept when the entry it redirects to has them, and reported when it does not', () => {
    const { removed } = compareUrls(committed, ['/techniques/old/', '/challenges/new/'], site, '/kb/');
    expect(removed).toEqual(['/techniques/old/#gone']);
    expect(removedMessage(removed[0]!)).toMatch(
      /if the page now redirects, give the entry it redirects to a heading with that alias/,
    );
  });
});
