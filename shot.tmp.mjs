import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const [path, out, width, height, scheme] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: +width, height: +height }, colorScheme: scheme });
await page.goto(`http://localhost:4321${path}`);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
