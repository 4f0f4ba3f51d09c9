import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto('http://localhost:4321/frameworks/decision-framework/');
const fig = page.locator('figure.diagram');
console.log(await fig.boundingBox());
await fig.screenshot({ path: '/tmp/df-fig.png' });
await browser.close();
