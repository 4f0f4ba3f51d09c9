import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createContext, sitePages } from '../../src/checks/content/context.ts';
import { checkDistLinks } from '../../src/checks/dist/links.ts';
import { type DistSite, readDist, readPage } from '../../src/checks/dist/pages.ts';
import {
  compareUrls,
  PUBLISHED_FILE,
  parseUrlList,
  publishedUrls,
  removedMessage,
} from '../../src/checks/dist/published-urls.ts';
import { readPage as readHtml } from '../../src/checks/dist/read-page.ts';
import { checkDistSafety } from '../../src/checks/dist/safety.ts';
import { forIndex } from '../../src/emit/steps/search-index.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { type CardText, expectedCards } from '../../src/model/social-meta.ts';
import { CONTENT, ROOT } from '../helpers/fixture.ts';
import { siteInlineScripts } from '../helpers/inline-scripts.ts';
import { ready } from '../helpers/sites.ts';

/* The real knowledge base, built once: what readers get. */

/**
 * Page budgets in bytes after gzip, set from what the pages weigh now with a little room
 * (measured 2026-11: HTML median 4.8 KB, largest 12.3 KB, before entries were deepened; CSS 2.2 KB; inline JS
 * 0.94 KB; a company page adds well under 800 B per case card; a diagram adds up to 12 KB: two themes
 * of one SVG, whose labels are SVG text since issue 11). CSS 2.9 KB and inline JS 1.3 KB since the contents
 * rail, the Connections block and the print stylesheet (issue 12). CSS 4.0 KB with the reader's side of issue 21:
 * the sticky header with its menu, the phone search box, the flowchart's link styles and scroll hint, the home
 * panels, previous/next and folded case cards.
 */
// js: + the quick search loader
const BUDGETS = { html: 16_000, perDiagram: 12_000, perCaseCard: 800, css: 4_300, js: 1_500 };
describe('the real site', () => {
  const dist = inject('dist').real;
  beforeAll(() => ready('real'));
  // The built site, read once for every test that needs it.
  let built: Promise<DistSite> | undefined;
  const site = () => (built ??= readDist(dist));

  it('has a page for every entry, and every internal link and #fragment resolves', async () => {
    const { entries } = await loadContent(CONTENT, ROOT);
    for (const e of entries)
      expect(existsSync(join(dist, e.collection, e.id, 'index.html')), `${e.collection}/${e.id}`).toBe(true);
    expect(await checkDistLinks(await site())).toEqual([]);
  });

  it(
    'is the site the model says (src/model/site-model.ts): the same pages, each with the ids the checks ' + 'assume',
    async () => {
      const model = sitePages(createContext(await loadContent(CONTENT, ROOT)));
      const pages = new Map(
        (await site()).pages
          .filter((p) => p.file.endsWith('index.html') && !/^\/(pagefind|_astro)\//.test(p.url))
          .map((p) => [p.url, p]),
      );
      const differences: string[] = [];
      for (const [path, ids] of model) {
        const page = pages.get(path);
        if (!page) differences.push(`${path}: in the model, not built`);
        else
          for (const id of ids) if (!page.ids.has(id)) differences.push(`${path}#${id}: in the model, not on the page`);
      }
      for (const [path, page] of pages) {
        if (!model.has(path)) differences.push(`${path}: built, not in the model`);
        // Every section heading a page writes is one the model knows, so links to it are checked before a build.
        else
          for (const id of page.sectionIds)
            if (!model.get(path)!.has(id)) differences.push(`${path}#${id}: a heading on the page, not in the model`);
      }
      expect(differences).toEqual([]);
    },
  );

  it('forecasts the card of every entry, source, tag and review-kit page as the page describes itself', async () => {
    const { content, graph } = createContext(await loadContent(CONTENT, ROOT));
    const key = (c: CardText) => JSON.stringify([c.title, c.kind, c.summary, c.siteName]);
    const described = new Set(
      (await site()).pages
        .filter((p) => !p.redirect)
        .map((p) =>
          key({
            title: p.meta.get('og:title')!,
            kind: p.meta.get('twitter:data1')!,
            summary: p.meta.get('og:description')!,
            siteName: p.meta.get('og:site_name')!,
          }),
        ),
    );
    const expected = expectedCards({ ...content, citing: (id) => graph.citing.get(id)?.length ?? 0 });
    const { entries, sources, tags } = content;
    const challenges = entries.filter((e) => e.collection === 'challenges').length;
    expect(expected).toHaveLength(entries.length + sources.length + tags.length + challenges);
    // A guess that drifted from its page would only cost time, silently: this says which.
    expect(expected.map(key).filter((k) => !described.has(k))).toEqual([]);
  });

  it('hashes, for its policy, exactly the inline scripts a full parse finds on each page', async () => {
    for (const page of (await site()).pages) {
      const html = readFileSync(join(dist, page.file), 'utf8');
      // The policy <meta> was inserted before the page was written: read the page as it was rendered.
      const rendered = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
      const scripts = siteInlineScripts(parse(html, { comment: true })).map((s) => s.rawText);
      expect(readHtml(rendered).scripts, page.file).toEqual(scripts);
      // The built-site check's own scan of the page allows exactly these (a script it missed would pass unhashed).
      expect(page.findings, page.file).toEqual([]);
      const planted = html.replace('</body>', '<script>planted()</script></body>');
      expect(
        readPage(page.file, planted)
          .findings.map((f) => f.message)
          .join(),
        page.file,
      ).toMatch(/planted\(\)/);
    }
  });

  it('spaces the blocks of each page for the search index as a full parse would', async () => {
    // The tree-based reading the streaming pass replaced: a space after every block element.
    const BLOCKS =
      'p, li, dt, dd, td, th, caption, figcaption, blockquote, pre, h1, h2, h3, h4, h5, h6, div, section, aside, summary, br';
    const text = (html: string) => parse(html, { comment: true }).querySelector('body')?.textContent;
    const spaceBlocks = (html: string) => forIndex(html, { ...readHtml(html), indexed: null });
    for (const page of (await site()).pages) {
      const html = readFileSync(join(dist, page.file), 'utf8');
      const tree = parse(html, { comment: true });
      for (const el of tree.querySelectorAll(BLOCKS)) el.insertAdjacentHTML('afterend', ' ');
      expect(text(spaceBlocks(html)), page.file).toBe(text(tree.toString()));
      // What the index is handed: the marked content only, with the same text as in the whole page.
      const marked = (h: string) => parse(h, { comment: true }).querySelector('[data-pagefind-body]')?.innerHTML;
      if (html.includes('data-pagefind-body'))
        expect(marked(forIndex(html, readHtml(html))), page.file).toBe(marked(spaceBlocks(html)));
    }
  });

  it("shows the guide outline in the guide's order, the order of content/outline.yaml", async () => {
    const { outline } = await loadContent(CONTENT, ROOT);
    const ids = parse(readFileSync(join(dist, 'guide/index.html'), 'utf8'))
      .querySelectorAll('main h2[id], main h3[id]')
      .map((h) => h.id);
    expect(ids).toEqual(outline.map((s) => s.id));
  });

  it(
    'carries a Content-Security-Policy on every page that allows each inline script it ships, and nothing ' + 'unsafe',
    async () => {
      const pages = await site();
      expect(pages.pages.length).toBeGreaterThan(100);
      for (const page of pages.pages) {
        const root = parse(readFileSync(join(dist, page.file), 'utf8'));
        expect(root.querySelector('head > meta[http-equiv="content-security-policy"]'), page.url).not.toBeNull();
      }
      expect(checkDistSafety(pages)).toEqual([]);
      expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(
        /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
      );
    },
  );

  it('lists each connected entry once in Connections, on every entry page', async () => {
    const { entries } = await loadContent(CONTENT, ROOT);
    const twice: string[] = [];
    for (const e of entries) {
      const hrefs = parse(readFileSync(join(dist, e.collection, e.id, 'index.html'), 'utf8'))
        .querySelectorAll('.connection-list a')
        .map((a) => a.getAttribute('href')!);
      const seen = new Set<string>();
      for (const h of hrefs)
        if (seen.has(h) || h === `/${e.collection}/${e.id}/`) twice.push(`${e.collection}/${e.id}: ${h}`);
        else seen.add(h);
    }
    expect(twice).toEqual([]);
  });

  it('publishes exactly the URLs and anchors recorded in content/published-urls.txt', async () => {
    const committed = parseUrlList(readFileSync(join(ROOT, PUBLISHED_FILE), 'utf8'));
    const { removed, added } = compareUrls(committed, await publishedUrls(await site()), await site());
    expect(removed.map(removedMessage)).toEqual([]);
    expect(added, 'new URLs: run `npm run urls` and commit content/published-urls.txt').toEqual([]);
  });

  it('renders the decision framework as inline SVG in both themes, with working links and no script', async () => {
    const page = parse(readFileSync(join(dist, 'frameworks/decision-framework/index.html'), 'utf8'));
    const svgs = page.querySelectorAll('figure.diagram svg');
    expect(svgs).toHaveLength(2);
    expect(page.querySelector('.diagram-light svg')).not.toBeNull();
    expect(page.querySelector('.diagram-dark svg')).not.toBeNull();
    expect(page.querySelector('pre.mermaid-fallback')).toBeNull();
    for (const svg of svgs) {
      expect(svg.querySelector('title')?.text).toBe('Decision framework for a model that underperforms');
      expect(svg.querySelector('desc')?.text.length).toBeGreaterThan(20);
      // Labels are SVG text: no HTML inside a <foreignObject> (issue 11).
      expect(svg.innerHTML).not.toMatch(/foreignObject/i);
      const links = svg.querySelectorAll('a').map((a) => a.getAttribute('xlink:href'));
      // every node but the start and the "measure again" note links to its entry
      expect(links.length).toBeGreaterThanOrEqual(14);
      for (const href of links) expect(existsSync(join(dist, href!, 'index.html')), href!).toBe(true);
    }
    const scripts = page.querySelectorAll('script').map((s) => `${s.getAttribute('src') ?? ''} ${s.text}`);
    expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
  });

  it(
    'keeps every entry page within its budget (gzipped HTML, CSS, and the JavaScript it ships ' + 'unsearched)',
    async () => {
      const { entries } = await loadContent(CONTENT, ROOT);
      const over: string[] = [];
      for (const e of entries) {
        const html = readFileSync(join(dist, e.collection, e.id, 'index.html'), 'utf8');
        const page = parse(html);
        const css = [
          ...page
            .querySelectorAll('style')
            .filter((s) => !s.closest('svg'))
            .map((s) => s.text),
          ...page
            .querySelectorAll('link[rel="stylesheet"]')
            .map((l) => readFileSync(join(dist, l.getAttribute('href')!), 'utf8')),
        ].join('');
        const scripts = page.querySelectorAll('script');
        const js = scripts
          .map((s) => (s.getAttribute('src') ? readFileSync(join(dist, s.getAttribute('src')!), 'utf8') : s.text))
          .join('');
        const size = (text: string) => gzipSync(text).length;
        const hasDiagram = page.querySelector('figure.diagram') !== null;
        const cards = page.querySelectorAll('.case-card').length;
        const budget = BUDGETS.html + (hasDiagram ? BUDGETS.perDiagram : 0) + cards * BUDGETS.perCaseCard;
        if (size(html) > budget) over.push(`${e.collection}/${e.id}: HTML ${size(html)} B gzipped > ${budget}`);
        if (size(css) > BUDGETS.css) over.push(`${e.collection}/${e.id}: CSS ${size(css)} B gzipped > ${BUDGETS.css}`);
        if (size(js) > BUDGETS.js)
          over.push(`${e.collection}/${e.id}: JavaScript ${size(js)} B gzipped > ${BUDGETS.js}`);
        if (scripts.some((s) => s.getAttribute('src') || s.getAttribute('type') === 'module'))
          over.push(`${e.collection}/${e.id}: loads a script file (only the search page may)`);
      }
      expect(over).toEqual([]);
    },
  );
});
