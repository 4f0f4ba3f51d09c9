import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core; browsers cannot be downloaded here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // Flags for a closed network: no background requests that would be refused.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A built site served on loopback and a browser to read it: the setup every browser test shares. */
export interface BrowserSite {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function browseSite(name: string, contentDir: string): Promise<BrowserSite> {
  const { buildSite } = await import('./build-site.ts');
  const { serve } = await import('./serve.ts');
  const site = await serve(await buildSite(name, contentDir));
  const browser = await launchBrowser();
  return {
    browser,
    url: site.url,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
