import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const path = process.argv[2] ?? '/challenges/cold-start/';
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:4321${path}`);
    await page.screenshot({ path: `/tmp/shot-${name}-${scheme}.png`, fullPage: false });
    await page.close();
  }
}
await browser.close();
