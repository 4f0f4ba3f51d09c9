import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, REGISTRY } from '../../src/schemas/registry.ts';
import { type BrowserSite, browseSite } from '../helpers/browser.ts';
import { CONTENT } from '../helpers/fixture.ts';
import { clippedText, outsideViewport, reachable } from '../helpers/viewport.ts';

/* The site on a phone: header, menu, quick search, search filters, case cards and the flowchart. */
const WIDTHS = [360, 390, 414];
const SECTIONS = ['Guide', ...ENTRY_COLLECTIONS.map((c) => REGISTRY[c].label.many), 'Sources', 'Review kit'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

/** The page scrolls no wider than the screen. */
const pageWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a phone', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await browseSite('phone-site', CONTENT);
  });
  afterAll(() => site?.close());

  for (const width of WIDTHS) {
    it(`fits the header in ${width} px, keeps it in reach, and the menu reaches every section`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 780 } });
      await page.goto(`${site.url}/challenges/cold-start/`);
      expect(await pageWidth(page)).toBeLessThanOrEqual(0);
      expect(await outsideViewport(page, '.site-header, .site-header *')).toEqual([]);
      expect(await page.getByRole('combobox').isVisible()).toBe(true);

      await page.mouse.wheel(0, 3000);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      expect((await page.locator('.site-header').boundingBox())!.y).toBe(0); // sticky

      const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      expect(await links.first().isVisible()).toBe(false); // folded away until asked for
      await page.locator('.site-menu > summary').click();
      expect(await links.allTextContents()).toEqual(SECTIONS);
      expect(await outsideViewport(page, '.site-menu nav a')).toEqual([]);
      expect(await reachable(page, '.site-menu nav a')).toEqual([]);
      await links.last().click();
      await page.waitForURL('**/review/');
      await page.close();
    });

    it(`opens the quick search across the screen at ${width} px, every result title whole`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 780 } });
      await page.goto(`${site.url}/practices/start-simple/`);
      await page.getByRole('combobox').click(); // a tap, as on a phone
      await page.keyboard.type('model development');
      await page.getByRole('option').first().waitFor();
      expect(await page.getByRole('option').count()).toBeGreaterThan(3);
      expect(await outsideViewport(page, '[role="listbox"], [role="option"], .quick-title')).toEqual([]);
      expect(await clippedText(page, '[role="listbox"], .quick-title')).toEqual([]);
      expect(await reachable(page, '[role="option"]')).toEqual([]);
      await page.close();
    });

    it(`folds the search filters behind one control at ${width} px, results first`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 780 } });
      await page.goto(`${site.url}/search/?q=cold+start&stage=Data`);
      const first = page.locator('.result-list > li').first();
      await first.waitFor();
      const control = page.locator('.filters-fold > summary');
      await expect.poll(() => control.textContent()).toBe('Filters (1)');
      expect(await page.getByRole('checkbox').first().isVisible()).toBe(false);
      expect((await first.boundingBox())!.y).toBeLessThan(780); // the first result on the first screen
      expect(await pageWidth(page)).toBeLessThanOrEqual(0);
      await control.click();
      await page.getByRole('checkbox', { name: /^Data \(/ }).uncheck();
      await expect.poll(() => control.textContent()).toBe('Filters (0)');
      await page.close();
    });

    it(`stacks each case card's labels over their text at ${width} px`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 780 } });
      await page.goto(`${site.url}/companies/doordash/`);
      const pairs = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.case-card dl')]
          .filter((dl) => dl.getClientRects().length)
          .flatMap((dl) =>
            [...dl.querySelectorAll('dt')].map((dt) => {
              const dd = dt.nextElementSibling!.getBoundingClientRect();
              return { above: dt.getBoundingClientRect().bottom <= dd.top + 0.5, share: dd.width / dl.clientWidth };
            }),
          ),
      );
      expect(pairs.length).toBeGreaterThan(1);
      for (const pair of pairs) expect(pair).toEqual({ above: true, share: expect.closeTo(1, 1) });
      expect(await pageWidth(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('shows on a phone that the flowchart scrolls sideways, and fits it at 1280 px', async () => {
    const hint = (page: Page) =>
      page.locator('figure.diagram').evaluate((f) => ({
        overflows: f.scrollWidth > f.clientWidth,
        hint: getComputedStyle(f, '::before').content,
      }));
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/frameworks/decision-framework/`);
    expect(await hint(page)).toEqual({ overflows: true, hint: expect.stringContaining('Scroll sideways') });
    expect(await pageWidth(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await hint(page)).toEqual({ overflows: false, hint: 'none' });
    await page.close();
  });

  it('catches a list off the screen, a cut title and a covered link (the checks themselves, on a broken page)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 600 } });
    await page.setContent(`<ul role="listbox" style="position:absolute;left:-31px;width:358px;margin:0;padding:0">
      <li role="option"><span class="quick-title">Data and concept drift</span></li></ul>
      <p class="cut" style="position:absolute;top:100px;width:80px;overflow:hidden;white-space:nowrap">Search hyperparameters</p>
      <a class="covered" href="#" style="position:absolute;top:200px">Sources</a>
      <div style="position:absolute;top:190px;left:0;width:200px;height:60px;background:#fff"></div>`);
    expect(await outsideViewport(page, '[role="listbox"], .quick-title')).toEqual([
      expect.stringMatching(/^ul "Data and concept drift": -31\.\.327 px/),
      expect.stringMatching(/^span\.quick-title "Data and concept drift": -/),
    ]);
    expect(await clippedText(page, '.cut, .quick-title')).toEqual([
      expect.stringMatching(/^"Data and concept drift": a line at -31\.\.\d+ px, off the screen/),
      expect.stringMatching(/^"Search hyperparameters": \d+ px of text in a 80 px box/),
    ]);
    expect(await reachable(page, '.covered')).toEqual(['"Sources" is not in reach']);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violation at 390 px on search results and the open quick search (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 390, height: 780 } });
      const page = await context.newPage();
      await page.goto(`${site.url}/search/?q=cold+start`);
      await page.locator('.result-list > li').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.filters-fold > summary').click();
      expect(await seriousViolations(page, '.search-layout')).toEqual([]);
      await page.getByRole('combobox').click();
      await page.keyboard.type('drift');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await seriousViolations(page, '.site-header')).toEqual([]);
      await page.keyboard.press('Escape'); // closes the list
      await page.keyboard.press('Escape'); // leaves the box, which gives the header row back
      expect(await outsideViewport(page, '.site-header, .site-header *')).toEqual([]);
      await page.locator('.site-menu > summary').click();
      expect(await seriousViolations(page, '.site-header')).toEqual([]);
      await context.close();
    });
  }
});
