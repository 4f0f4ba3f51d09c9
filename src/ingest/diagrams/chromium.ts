import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (browsers cannot be downloaded here): one launch
 * for the diagram renderer and the browser tests, so both run with the same flags.
 */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(chromiumPath());

/** Flags for a closed network: no background requests that would be refused. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  // Imported on use: `npm run build` loads this module even when every diagram comes from the cache.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}
