import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkDistLinks } from '../../src/checks/dist/links.ts';
import { readDist } from '../../src/checks/dist/pages.ts';
import { checkDistSafety } from '../../src/checks/dist/safety.ts';
import { checkDistSocial } from '../../src/checks/dist/social.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { allowedHashes, scriptHash } from '../../src/model/csp.ts';
import { isLayoutId } from '../../src/model/layout-ids.ts';
import { FIXTURE, ROOT } from '../helpers/fixture.ts';
import { ready } from '../helpers/sites.ts';

/*
 * The fixture knowledge base built under a sub-path, as a deployment would (test/build/setup.ts),
 * by a project with one more collection, `datasets`; read as HTML.
 */
describe('site built from the fixture collection under /kb/', () => {
  const dist = inject('dist').fixture;
  beforeAll(() => ready('fixture', 'changed'));
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  it('gives every entry its page at /<collection>/<id>/', async () => {
    const { entries } = await loadContent(FIXTURE, ROOT);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(existsSync(join(dist, e.collection, e.id, 'index.html')), `${e.collection}/${e.id}`).toBe(true);
      expect(page(`${e.collection}/${e.id}`).querySelector('h1')!.text).toBe(e.data.title);
    }
  });

  it('lists on a company page everything attributed to it, once each, with its case studies', () => {
    const cites = page('companies/acme')
      .querySelectorAll('.connection-list li')
      .filter((li) => li.text.includes('draws on its case studies'));
    // What Acme's case records list (content/sources/acme-*.yaml), not every entry citing Acme: the added
    // collection's entry (Widget clicks) cites Acme, but a case record lists challenges, practices and techniques.
    expect(cites.map((li) => li.querySelector('a')!.text).sort()).toEqual([
      'Active learning',
      'Label by hand',
      'Label noise',
      'Rank simply',
    ]);
    const cards = page('companies/acme').querySelectorAll('#case-studies ~ .case-card');
    expect(cards.map((c) => c.querySelector('h3 a')!.text).sort()).toEqual([
      'How Acme labels widgets',
      'Ranking widgets at Acme',
    ]);
  });

  it('marks a claim its source does not confirm, as the source data records it', () => {
    const marked = page('challenges/label-noise')
      .querySelectorAll('sup.cite a')
      .filter((a) => a.text.includes('unconfirmed'));
    expect(marked.map((a) => a.getAttribute('href'))).toEqual(['#source-globex-paper']);
    expect(page('companies/globex').querySelector('.unconfirmed-note li')!.text).toBe(
      "Noisy labels hurt Globex's rankers.",
    );
  });

  it('says near the top of each entry how many of its citations the sources confirm, and explains the marks', async () => {
    const { entries } = await loadContent(FIXTURE, ROOT);
    const withMarks = entries.filter((e) => e.facts.citations.some((c) => c.unconfirmed));
    expect(withMarks.length).toBeGreaterThan(0);
    for (const e of entries.filter((x) => x.facts.citations.length)) {
      const cited = e.facts.citations.length;
      const marked = e.facts.citations.filter((c) => c.unconfirmed).length;
      const line = page(`${e.collection}/${e.id}`).querySelector('.provenance')!.text.replace(/\s+/g, ' ');
      expect(line, `${e.collection}/${e.id}`).toContain(
        `${cited} citation${cited === 1 ? '' : 's'}: ${cited - marked} confirmed in the source` +
          (marked ? `, ${marked} from the guide only` : '.'),
      );
    }
    const marked = page(`${withMarks[0]!.collection}/${withMarks[0]!.id}`).querySelector('sup.cite a[title]');
    expect(marked!.getAttribute('title')).toMatch(/^Unconfirmed: /);
    expect(page('sources').querySelector('#markers')!.text).toBe('How sources are marked');
  });

  it('renders each case card from its source file, and says when a source was not read', async () => {
    const { sources } = await loadContent(FIXTURE, ROOT);
    const labels = sources.find((s) => s.id === 'acme-labels')!.data;
    const card = page('companies/acme').querySelector('#case-acme-labels')!.parentNode!;
    const terms = card.querySelectorAll('dt').map((d) => d.text);
    expect(terms).toEqual(['Problem', 'Approach']);
    expect(card.querySelectorAll('dd').map((d) => d.text)).toEqual([labels.problem, labels.approach]);
    expect(page('sources/acme-labels').querySelector('.case-card dd')!.text).toBe(labels.problem);
  });

  it('lists on a challenge page the practices and techniques that address it, each once', () => {
    const items = page('challenges/cold-start').querySelectorAll('.connections li');
    expect(
      items
        .filter((li) => li.text.includes('addresses this'))
        .map((li) => li.querySelector('a')!.text)
        .sort(),
    ).toEqual(['Active learning', 'Label by hand', 'Widget clicks']);
    const hrefs = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('shows references, backlinks and numbered sources on an entry page', () => {
    const p = page('techniques/active-learning');
    expect(p.querySelectorAll('sup.cite a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['1', '#source-acme-labels'],
      ['2', '#source-globex-paper'],
    ]);
    expect(p.querySelectorAll('.entry-sources li').map((li) => li.id)).toEqual([
      'source-acme-labels',
      'source-globex-paper',
    ]);
    const challenges = p.querySelector('#connections-challenges')!.parentNode!;
    expect(
      challenges.querySelectorAll('li').map((li) => [li.querySelector('a')!.text, li.querySelector('.relation')!.text]),
    ).toEqual([
      ['Cold start', 'challenge it addresses · linked in the text'],
      ['Label noise', 'shares tags: Labeling'],
    ]);
    expect(page('practices/label-by-hand').querySelector('.guidance')?.text).toContain('Unattributed guidance');
  });

  it('prefixes every internal link with the base path, and every link resolves', async () => {
    expect(page('techniques/active-learning').querySelector('.prose a[href*="cold-start"]')!.getAttribute('href')).toBe(
      '/kb/challenges/cold-start/#what-teams-do-about-it',
    );
    expect(await checkDistLinks(dist, '/kb/')).toEqual([]);
  });

  it('has one h1, landmarks, a skip link and an anchor on every h2 and h3 of the text', () => {
    const p = page('practices/label-by-hand');
    expect(p.querySelectorAll('h1')).toHaveLength(1);
    for (const sel of ['header', 'main#main', 'footer', 'nav', 'a.skip-link[href="#main"]'])
      expect(p.querySelector(sel), sel).not.toBeNull();
    for (const h of page('challenges/cold-start').querySelectorAll('.prose h2, .prose h3')) {
      expect(h.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${h.id}`);
    }
  });

  it('allows by hash, in the policy of each page, exactly the inline scripts that page ships', async () => {
    const site = await readDist(dist);
    for (const page of site.pages) {
      const root = parse(readFileSync(join(dist, page.file), 'utf8'));
      const policy = allowedHashes(
        root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
      );
      const inline = root.querySelectorAll('script:not([src])').map((s) => scriptHash(s.rawText));
      expect(inline.length, page.url).toBeGreaterThan(0);
      expect(new Set(inline), page.url).toEqual(policy);
    }
    expect(checkDistSafety(site, '/kb/')).toEqual([]);
    expect(readFileSync(join(dist, '_headers'), 'utf8').split('\n')[0]).toBe('/kb/*');
  });

  it('reports a page whose inline script is not in its policy, and a page with no policy', async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const broken = `${dist}-csp`;
    cpSync(dist, broken, { recursive: true });
    const file = join(broken, 'practices/rank-simply/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<script>', '<script>window.changed = 1;'));
    const other = join(broken, 'practices/label-by-hand/index.html');
    writeFileSync(other, readFileSync(other, 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''));
    const problems = checkDistSafety(await readDist(broken), '/kb/').map(
      (p) => `${p.file} ${p.rule} ${p.message.slice(0, 30)}`,
    );
    expect(problems).toEqual([
      'content/practices/label-by-hand.mdx csp the page has no Content-Securi',
      'content/practices/rank-simply.mdx csp an inline script ("window.chan',
    ]);
  });

  it('knows every id the entry layout uses, so that headings cannot take one (src/model/layout-ids.ts)', () => {
    for (const path of [
      'practices/label-by-hand',
      'challenges/cold-start',
      'companies/acme',
      'techniques/active-learning',
    ]) {
      const layoutIds = page(path)
        .querySelectorAll('[id]')
        .filter((el) => !el.closest('.prose'))
        .map((el) => el.id);
      expect(
        layoutIds.filter((id) => !isLayoutId(id)),
        `${path}: add these ids to src/model/site-model.ts`,
      ).toEqual([]);
    }
  });

  it('writes a 404 page and a sitemap listing the entry pages, not the redirects', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/kb/practices/label-by-hand/');
    // Old ids redirect; they are not pages to index.
    expect(existsSync(join(dist, 'practices/hand-labelling/index.html'))).toBe(true);
    expect(sitemap).not.toContain('/kb/practices/hand-labelling/');
  });

  it('catches a broken link and a missing #fragment in the built site (the link checker itself)', async () => {
    const { mkdirSync, writeFileSync, cpSync } = await import('node:fs');
    const broken = `${dist}-broken`;
    cpSync(dist, broken, { recursive: true });
    mkdirSync(join(broken, 'practices/bad'), { recursive: true });
    writeFileSync(
      join(broken, 'practices/bad/index.html'),
      '<a href="/kb/practices/nope/">x</a><a href="/kb/challenges/cold-start/#nope">y</a><a ' +
        'href="/elsewhere/">z</a><svg><a xlink:href="/kb/techniques/gone/"><text>d</text></a></svg>',
    );
    const problems = (await checkDistLinks(broken, '/kb/')).map((p) => `${p.file} ${p.rule}`);
    // The last one is a link inside an inline SVG diagram (xlink:href).
    expect(problems).toEqual([
      'content/practices/bad.mdx broken-link',
      'content/practices/bad.mdx broken-fragment',
      'content/practices/bad.mdx broken-link',
      'content/practices/bad.mdx broken-link',
    ]);
  });

  it('gives every page link-preview meta and a social card image (JPEG, 1200×630) under the base path', async () => {
    expect(await checkDistSocial(dist, '/kb/')).toEqual([]);
    const head = page('challenges/cold-start');
    expect(head.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(
      /^https?:\/\/[^/]+\/kb\/og\/challenges\/cold-start\.jpg$/,
    );
    expect(head.querySelector('meta[name="twitter:data1"]')!.getAttribute('content')).toBe('Challenge');
    const card = readFileSync(join(dist, 'og/challenges/cold-start.jpg'));
    expect(card.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const image = await loadImage(card);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('catches a page without preview meta, a wrong og:url and a card that was not written', async () => {
    const { cpSync, rmSync, writeFileSync } = await import('node:fs');
    const broken = `${dist}-no-preview`;
    cpSync(dist, broken, { recursive: true });
    rmSync(join(broken, 'og/practices/label-by-hand.jpg'));
    const rankSimply = join(broken, 'practices/rank-simply/index.html');
    writeFileSync(rankSimply, readFileSync(rankSimply, 'utf8').replace(/<meta property="og:title"[^>]*>/, ''));
    const coldStart = join(broken, 'challenges/cold-start/index.html');
    writeFileSync(
      coldStart,
      readFileSync(coldStart, 'utf8').replace(/(<meta property="og:url" content="[^"]*)cold-start\//, '$1label-noise/'),
    );
    const problems = (await checkDistSocial(broken, '/kb/')).map((p) => `${p.file} ${p.rule}`);
    expect(problems.sort()).toEqual([
      'dist/challenges/cold-start/ wrong-preview-url',
      'dist/practices/label-by-hand/ missing-card',
      'dist/practices/rank-simply/ missing-preview-meta',
    ]);
  });

  it(
    'gives the added collection its pages, its index with the intro, a place in the navigation and a search ' + 'type',
    () => {
      expect(page('datasets/widget-clicks').querySelector('h1')!.text).toBe('Widget clicks');
      expect(page('datasets').querySelector('.lead')!.text).toBe(
        'The datasets that case studies trained and evaluated on.',
      );
      expect(
        page('datasets')
          .querySelectorAll('.entry-list a')
          .map((a) => a.text),
      ).toEqual(['Widget clicks']);
      // The collections, in registry order, come before Sources and the review kit.
      const nav = page('practices/label-by-hand')
        .querySelectorAll('.site-header nav a')
        .map((a) => a.text);
      expect(nav.slice(nav.indexOf('Sources') - 1)).toEqual(['Datasets', 'Sources', 'Review kit']);
      expect(page('datasets/widget-clicks').querySelector('[data-pagefind-filter="type"]')!.text).toBe('dataset');
      // Its `challenges:` field makes it one of what addresses the challenge, in a group of its own.
      expect(
        page('challenges/cold-start').querySelector('#connections-datasets')!.parentNode!.querySelector('a')!.text,
      ).toBe('Widget clicks');
    },
  );

  it('renders a diagram not yet in the cache in the page instead, with mermaid loaded on that page only', () => {
    const changed = inject('dist').changed;
    const html = (path: string) => parse(readFileSync(join(changed, path, 'index.html'), 'utf8'));
    expect(html('practices/label-by-hand').querySelector('figure.diagram pre.mermaid-fallback')?.text).toContain(
      'flowchart LR',
    );
    expect(
      html('practices/label-by-hand')
        .querySelectorAll('script')
        .some((s) => s.text.includes('/_kb/mermaid.min.js')),
    ).toBe(true);
    expect(existsSync(join(changed, '_kb/mermaid.min.js'))).toBe(true);
    expect(
      html('techniques/active-learning')
        .querySelectorAll('script')
        .some((s) => s.text.includes('mermaid')),
    ).toBe(false);
  });
});
