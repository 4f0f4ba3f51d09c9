import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { kitSource } from '../../src/model/kit-cases.ts';
import { buildKit, EMPTY_KIT } from '../../src/model/kit-view.ts';
import { kitItems, kitLabels } from '../../src/model/review-kit.ts';
import { type BrowserSite, browseSite } from '../helpers/browser.ts';
import { overflowingLabels } from '../helpers/diagram-labels.ts';
import { CONTENT, ROOT } from '../helpers/fixture.ts';

/* Pages built for design reviews: the review kit end to end, the contents rail, print, the flowchart. */
/** The site's published root: SITE_URL is unset in test builds, so astro.config.mjs's default. */
const PUBLISHED = 'https://kb.example.org/';
describe('design reviews in a browser', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await browseSite('reading-site', CONTENT);
  });
  afterAll(() => site?.close());

  it(
    'builds a kit for two challenges, shares it by URL, copies it as Markdown, and every link lands on a ' + 'section',
    async () => {
      const context = await site.browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      const page = await context.newPage();
      await page.goto(`${site.url}/review/`);
      await page.getByRole('checkbox', { name: 'Cold start' }).check();
      await page.getByRole('checkbox', { name: 'Data and concept drift' }).check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('challenge')).toEqual(['cold-start', 'drift']);
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(() => page.locator('[data-kit-status]').textContent()).toContain('Copied');
      const markdown = await page.evaluate(() => navigator.clipboard.readText());

      expect(markdown).toMatch(/^# Review kit: Cold start, Data and concept drift\n/);
      for (const heading of [
        '## Shared by Cold start and Data and concept drift',
        '## Cold start',
        '## Data and concept drift',
        '### Questions to ask',
        '### Case studies to read',
      ])
        expect(markdown).toContain(`\n${heading}\n`);
      expect(markdown).toContain('(serves: Cold start, Data and concept drift)');
      const links = [...markdown.matchAll(/\]\((http[^)\s]+)\)/g)].map((m) => m[1]!);
      // Every link is on the published address (SITE_URL; the build's default here), not the host browsed.
      expect(links.filter((l) => !l.startsWith(PUBLISHED))).toEqual([]);
      // The browser's kit is the kit the library computes for the same choice.
      const content = await loadContent(CONTENT, ROOT);
      const ctx = createContext(content);
      const facts = new Map(content.entries.map((e) => [`${e.collection}/${e.id}`, e.facts]));
      const items = kitItems(ctx.graph, facts, content.sources.map(kitSource));
      const kit = buildKit(items, { challenges: ['cold-start', 'drift'], stages: [] }, kitLabels(ctx.graph));
      const expected = kit.groups.flatMap((g) =>
        g.sections.flatMap((s) => s.entries.flatMap((e) => [e.item.href, ...(e.item.also ?? []).map((a) => a.href)])),
      );
      expect(links.sort()).toEqual(expected.map((h) => `${PUBLISHED}${h.slice(1)}`).sort());
      expect(links.some((l) => l.includes('/frameworks/design-review-questions/#q-failure-modes'))).toBe(true);
      expect(links.some((l) => l.endsWith('/challenges/cold-start/#remedies'))).toBe(true);

      // The design doc's name titles the kit; an empty kit cannot be copied and says what to pick.
      await page.getByRole('textbox', { name: 'Design doc' }).fill('Feed ranking v2');
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/^# Review kit: Feed ranking v2\n\nFor: Cold start, Data and concept drift\n/);
      await page.getByRole('checkbox', { name: 'Cold start' }).uncheck();
      await page.getByRole('checkbox', { name: 'Data and concept drift' }).uncheck();
      expect(await page.getByRole('button', { name: 'Copy as Markdown' }).isDisabled()).toBe(true);
      expect(await page.locator('[data-kit-empty]').textContent()).toBe(EMPTY_KIT);

      const missing: string[] = [];
      for (const link of links) {
        // The published address stands for the site served here.
        const { pathname, hash } = new URL(link);
        const response = await page.request.get(`${site.url}${pathname}`);
        if (!response.ok()) {
          missing.push(`${link}: HTTP ${response.status()}`);
          continue;
        }
        if (hash && !(await response.text()).includes(`id="${decodeURIComponent(hash.slice(1))}"`))
          missing.push(`${link}: no such section`);
      }
      expect(missing).toEqual([]);

      // The shared address rebuilds the same kit.
      const again = await context.newPage();
      await again.goto(`${site.url}/review/?challenge=cold-start&challenge=drift`);
      // The kit is built by the page's script after load: wait for it rather than count at once.
      await expect
        .poll(() => again.locator('[data-kit-item]:visible').count())
        .toBe(markdown.match(/^- \[ \] /gm)!.length);
      await context.close();
    },
  );

  it('serves a ready-made kit per challenge that works without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/review/cold-start/`);
    expect(await page.locator('h1').textContent()).toBe('Review kit: Cold start');
    expect(await page.locator('.kit-list a:visible').count()).toBeGreaterThan(10);
    await context.close();
  });

  it('marks the section being read in the contents rail', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/challenges/cold-start/`);
    const rail = page.locator('.toc-rail');
    expect(await rail.isVisible()).toBe(true);
    await page.locator('#connections').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('connections')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => rail.locator('a[aria-current="true"]').getAttribute('href')).toBe('#connections');
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await rail.isVisible()).toBe(false);
    expect(await page.locator('.toc-inline summary').isVisible()).toBe(true);
    await page.close();
  });

  it(
    'prints without navigation or buttons, with link targets, citations, sources and the diagram on the ' + 'page',
    async () => {
      const page = await site.browser.newPage({ viewport: { width: 800, height: 1000 }, colorScheme: 'dark' });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${site.url}/frameworks/decision-framework/`);
      for (const chrome of ['.site-header', '.site-footer', '.toc-inline', '.copy-links', '.heading-copy-md']) {
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      const after = await page
        .locator('.prose td a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('/challenges/');
      const svg = page.locator('figure.diagram svg:visible');
      expect(await svg.count()).toBe(1);
      expect(await page.locator('.diagram-light svg').isVisible()).toBe(true); // light ink, even from a dark screen
      const [box, main] = [await svg.boundingBox(), await page.locator('main').boundingBox()];
      expect(box!.x + box!.width).toBeLessThanOrEqual(main!.x + main!.width + 1);
      await page.goto(`${site.url}/challenges/cold-start/`);
      expect(await page.locator('sup.cite').first().isVisible()).toBe(true);
      expect(await page.locator('#sources').isVisible()).toBe(true);
      expect(await page.locator('.more-connections li').first().isVisible()).toBe(true);
      await page.close();
    },
  );

  it('draws the decision flowchart with every label inside its box, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}/frameworks/decision-framework/`);
      expect(await page.locator('figure.diagram svg g.node:visible').count()).toBeGreaterThan(10);
      expect(await overflowingLabels(page), `at ${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('catches a label wider than its box (the label check itself, on a broken drawing)', async () => {
    const page = await site.browser.newPage();
    await page.setContent(`<figure class="diagram"><svg width="400" height="100" viewBox="0 0 400 100">
      <g class="node" id="fits"><rect x="10" y="10" width="150" height="30"></rect><g class="label"><text
        x="20" y="30">Short</text></g></g>
      <g class="node" id="clipped"><rect x="200" y="10" width="60" height="30"></rect><g class="label"><text
        x="205" y="30">Build offline metrics aligned with the business</text></g></g>
    </svg></figure>`);
    const bad = await overflowingLabels(page);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^clipped "Build offline metrics/);
    await page.close();
  });
});
