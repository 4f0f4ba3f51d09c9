import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSite, browseSite } from '../helpers/browser.ts';
import { CONTENT } from '../helpers/fixture.ts';

/* axe-core on the pages readers use most, in both themes: no serious or critical violation. */
const PAGES = [
  '/',
  '/practices/start-simple/',
  '/challenges/cold-start/',
  '/companies/doordash/',
  '/search/?q=cold+start&company=Instagram',
  '/frameworks/decision-framework/',
  '/guide/',
  '/matrix/',
  '/review/',
  '/review/?challenge=cold-start&challenge=drift&stage=data',
  '/review/drift/',
];

describe('accessibility (axe-core)', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await browseSite('a11y-site', CONTENT);
  });
  afterAll(() => site?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of PAGES) {
      it(`${path} in ${colorScheme}`, async () => {
        const context = await site.browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`);
        if (path.startsWith('/search/')) await page.locator('.result-list > li').first().waitFor();
        if (path.startsWith('/review/?')) await page.locator('[data-kit-item]:visible').first().waitFor();
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join('; ')}`,
          );
        expect(serious).toEqual([]);
        await context.close();
      });
    }
  }
});
