import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { cspIntegration } from '../../src/integrations/csp.ts';
import { socialCardsIntegration } from '../../src/integrations/social-cards.ts';
import { outputFile, pageHooksActive, runPageHooks, setPageHook } from '../../src/lib/page-hooks.ts';
import { wrapLines } from '../../src/lib/social/card.ts';

const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title>` +
  `<meta property="og:title" content="${title}"><meta property="og:description" content="About ${title}">` +
  `<meta property="og:site_name" content="KB"><meta name="twitter:data1" content="Practice">` +
  `<meta property="og:image" content="https://kb.example/kb/og/practices/${title}.jpg">` +
  `</head><body><script>console.log(1)</script></body></html>`;

/** Runs an integration's hooks as an Astro build would, for an output folder whose pages are already written. */
async function runBuild(integration: AstroIntegration, root: string, out: string, render: string[] = []) {
  const hooks = integration.hooks as Record<string, (options: object) => unknown>;
  const config = { root: pathToFileURL(`${root}/`), base: '/kb/', outDir: pathToFileURL(`${out}/`) };
  await hooks['astro:config:done']?.({ config });
  await hooks['astro:build:start']?.({});
  // The pages "rendered" in this build go through the hooks, as src/middleware.ts hands them over.
  for (const file of render)
    writeFileSync(join(out, file), await runPageHooks(file, readFileSync(join(out, file), 'utf8')));
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${out}/`), logger: { info: () => {} }, pages: [] });
}

function site(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'kb-hooks-'));
  const out = join(root, 'dist');
  for (const name of ['rendered', 'restored']) {
    mkdirSync(join(out, 'practices', name), { recursive: true });
    writeFileSync(join(out, 'practices', name, 'index.html'), page(name));
  }
  process.env.KB_CARD_CACHE = join(root, 'cards');
  return { root, out };
}

describe('page hooks', () => {
  it('run in the order they were registered, each on the page the previous one left, until removed', async () => {
    setPageHook('a', ({ html }) => `${html}a`);
    setPageHook('b', async ({ file, html }) => `${html}b:${file}`);
    setPageHook('c', ({ html }) => `${html}c`);
    expect(await runPageHooks('x.html', '<p>')).toBe('<p>ab:x.htmlc');
    for (const name of ['a', 'b', 'c']) setPageHook(name);
    expect(pageHooksActive()).toBe(false);
  });

  it('name the file Astro writes a page to (its directory format, under the base path)', () => {
    expect(['/kb/', '/kb/practices/x/', '/kb/404', '/kb/404/'].map((p) => outputFile(p, '/kb/'))).toEqual([
      'index.html',
      'practices/x/index.html',
      '404.html',
      '404.html',
    ]);
  });

  it('give a policy and a card to pages the hooks saw and to pages Astro restored from its cache', async () => {
    const { root, out } = site();
    await runBuild(socialCardsIntegration(), root, out, ['practices/rendered/index.html']);
    await runBuild(cspIntegration(), root, out, ['practices/rendered/index.html']);
    for (const name of ['rendered', 'restored']) {
      const html = readFileSync(join(out, 'practices', name, 'index.html'), 'utf8');
      expect(html.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
      expect(existsSync(join(out, 'og/practices', `${name}.jpg`))).toBe(true);
    }
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain("'sha256-");
  });

  it('link cached cards into the site, and never write a new card through such a link into the cache', async () => {
    const { root, out } = site();
    const file = 'practices/rendered/index.html';
    const card = join(out, 'og/practices/rendered.jpg');
    const cache = join(root, 'cards');
    await runBuild(socialCardsIntegration(), root, out, [file]);
    await runBuild(socialCardsIntegration(), root, out, [file]);
    // The second build found the card in the cache: the site's file is that cache file.
    const linked = readdirSync(cache).find((name) => statSync(join(cache, name)).ino === statSync(card).ino);
    expect(linked).toBeDefined();
    const before = readFileSync(join(cache, linked!));
    // The page's title changes and the output folder is not emptied (vite.build.emptyOutDir: false).
    writeFileSync(join(out, file), page('renamed').replace('/og/practices/renamed.jpg', '/og/practices/rendered.jpg'));
    await runBuild(socialCardsIntegration(), root, out, [file]);
    expect(readFileSync(join(cache, linked!))).toEqual(before);
    expect(readFileSync(card)).not.toEqual(before);
  });
});

describe('card text', () => {
  const measure = (text: string) => text.length;
  it('wraps at the width and ends the last line it may use with an ellipsis', () => {
    const lines = wrapLines(measure, 'one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toEqual(['one two', 'three…']);
    expect(lines.every((l) => measure(l) <= 10)).toBe(true);
  });
  it('keeps text that fits as it is', () => {
    expect(wrapLines(measure, 'short text', 40, 3)).toEqual(['short text']);
  });
});
