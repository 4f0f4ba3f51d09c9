import { createRequire } from 'node:module';
import { renderConfig, type Theme } from './cache.ts';
import { launchChromium } from './chromium.ts';

/**
 * Renders mermaid diagrams to SVG with the real mermaid library in one headless Chromium for the
 * whole run (mermaid's layout needs a browser to measure text).
 */
export interface DiagramRenderer {
  render(id: string, code: string, theme: Theme): Promise<string>;
  close(): Promise<void>;
}

export async function startRenderer(): Promise<DiagramRenderer> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
  return {
    async render(id, code, theme) {
      return page.evaluate(
        async ({ id, code, config }) => {
          // This runs in the browser page, where mermaid's script tag (added above) defines `mermaid`.
          const m = (
            globalThis as unknown as {
              mermaid: { initialize(c: object): void; render(id: string, code: string): Promise<{ svg: string }> };
            }
          ).mermaid;
          m.initialize(config);
          return (await m.render(id, code)).svg;
        },
        { id, code, config: renderConfig(theme) },
      );
    },
    close: () => browser.close(),
  };
}
