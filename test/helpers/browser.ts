import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchChromium } from '../../src/ingest/diagrams/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(
      `no Chromium at ${chromiumPath()}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  return launchChromium();
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
