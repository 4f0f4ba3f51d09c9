import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, browseSite } from '../helpers/browser.ts';
import { CONTENT } from '../helpers/fixture.ts';

/* The header's quick search, by keyboard alone, and axe on the open list. */
describe('quick search in the header', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await browseSite('quick-search-site', CONTENT);
  });
  afterAll(() => site?.close());

  it('loads nothing until used, then lists results with types; ↑ ↓ Esc Enter work', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await page.goto(`${site.url}/practices/start-simple/`);
    expect(scripts).toEqual([]);

    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: /Search the knowledge base/ });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('cold start');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().textContent()).toMatch(/^Cold start\s*challenge$/i);
    expect(await options.last().textContent()).toMatch(/^All \d+ results/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isHidden()).toBe(true);

    await page.keyboard.type(' ');
    await options.first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/challenges/cold-start/');
  });

  it('opens the full search page with the query on Enter when no result is chosen', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('combobox').focus();
    await page.keyboard.type('feature store');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=feature\+store/);
    await page.locator('.result-list > li').first().waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violation with the list open (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url}/companies/airbnb/`);
      await page.getByRole('combobox').focus();
      await page.keyboard.type('drift');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const { violations } = await new AxeBuilder({ page })
        .include('.site-header')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      expect(serious).toEqual([]);
      await context.close();
    });
  }
});
