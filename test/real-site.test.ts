import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/checks/context.ts';
import { checkDistLinks } from '../src/checks/dist-links.ts';
import { sitePages } from '../src/checks/site-pages.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { buildSite } from './helpers/build-site.ts';
import { CONTENT, ROOT } from './helpers/fixture.ts';

/* The real knowledge base, built once: what readers get. */
describe('the real site', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite('real-site', CONTENT);
  });

  it('has a page for every entry, and every internal link and #fragment resolves', async () => {
    const { entries } = await loadContent(CONTENT, ROOT);
    for (const e of entries) expect(existsSync(join(dist, e.collection, e.id, 'index.html')), `${e.collection}/${e.id}`).toBe(true);
    expect(await checkDistLinks(dist)).toEqual([]);
  });

  it('has every page and anchor that the content checks assume (their model of the site is true)', async () => {
    const pages = sitePages(createContext(await loadContent(CONTENT, ROOT)));
    const missing: string[] = [];
    for (const [path, anchors] of pages) {
      if (path === '/search/' || path === '/matrix/') continue; // built by the search feature
      const file = join(dist, path, 'index.html');
      if (!existsSync(file)) { missing.push(path); continue; }
      const ids = new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.id));
      // Panel ids appear only when the panel has entries of that collection; the rest must exist.
      for (const a of anchors) if (!ids.has(a) && !/^(attributed|addressed-by)-/.test(a) && !['references', 'referenced-by', 'shared-tags', 'sources'].includes(a)) missing.push(`${path}#${a}`);
    }
    expect(missing).toEqual([]);
  });
});
