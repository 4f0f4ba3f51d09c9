import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browseSite, type BrowserSite } from '../helpers/browser.ts';
import { CONTENT } from '../helpers/fixture.ts';

/* The one end-to-end search test: a reader types, filters, follows a result, lands on its heading. */
describe('search in a browser', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await browseSite('browser-site', CONTENT);
  });
  afterAll(() => site?.close());

  it('types a query, applies a filter, follows a result and lands on the matching heading', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(`${site.url}/practices/ab-testing/`);
    expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]); // no search code until searched

    await page.keyboard.press('/');
    await page.keyboard.type('switchback');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=switchback/);
    await page.locator('.result-list > li').first().waitFor();

    await page.getByRole('checkbox', { name: /^technique/ }).check();
    await expect.poll(() => page.url()).toContain('type=technique');
    const results = page.locator('.result-list > li');
    await expect.poll(() => results.locator('.type-badge').allTextContents()).toEqual(expect.arrayContaining(['technique']));
    expect(new Set(await results.locator('.type-badge').allTextContents())).toEqual(new Set(['technique']));

    const sub = results.first().locator('.sub-results a').first();
    const href = (await sub.getAttribute('href'))!;
    await sub.click();
    await page.waitForURL(`**${href}`);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const heading = page.locator(`[id="${id}"]`);
    expect(await heading.evaluate((el) => /^H[2-6]$/.test(el.tagName))).toBe(true);
    expect(await heading.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
  });

  it('restores a shared search link: filters only, no query ("everything DoorDash")', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?company=DoorDash`);
    await page.locator('.result-list > li').first().waitFor();
    expect(await page.getByRole('checkbox', { name: /^DoorDash/ }).isChecked()).toBe(true);
    const status = await page.locator('[data-search-status]').textContent();
    expect(Number(status!.split(' ')[0])).toBeGreaterThan(20);
  });

  it('transfers a bounded amount for a first query (search code, index chunks, fragments)', async () => {
    const page = await site.browser.newPage();
    let bytes = 0;
    page.on('response', async (r) => { if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length; });
    await page.goto(`${site.url}/search/?q=cold+start`);
    await page.locator('.result-list > li').first().waitFor();
    await page.waitForLoadState('networkidle');
    console.log(`first query "cold start": ${(bytes / 1024).toFixed(1)} KiB from /pagefind/ (uncompressed)`);
    expect(bytes).toBeLessThan(400 * 1024);
  });

  it('runs the theme toggle, copy buttons and search under the Content-Security-Policy, with no violation', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
    await page.goto(`${site.url}/frameworks/decision-framework/`);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? '');
    const before = await theme();
    await page.locator('[data-theme-toggle]').first().click();
    await expect.poll(theme).not.toBe(before);
    await page.locator('.copy-links [data-copy="url"]').click();
    await expect.poll(() => page.locator('.copy-status').first().textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.goto(`${site.url}/search/?q=cold+start`);
    await page.locator('.result-list > li').first().waitFor();
    expect(refused).toEqual([]);
    // The listener hears a refusal: a script the site did not ship is blocked.
    await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'document.title = "ran"'; document.body.append(s); });
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('ran');
    await context.close();
  });
});
