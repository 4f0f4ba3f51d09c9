import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, policy } from '../lib/csp.ts';
import { missedPages, renderedFiles, setPageHook } from '../lib/page-hooks.ts';
import { type PageFacts, pageFacts } from '../lib/page-pass.ts';
import { closePageReader, readPage } from '../lib/page-reader.ts';

/** The page with its policy <meta>, given where its <head> opens and its inline scripts' hashes. */
function withPolicy(file: string, html: string, { headEnd: at, hashes }: PageFacts): string {
  if (at === null)
    throw new Error(`${file} has no <head>, so it cannot carry the Content-Security-Policy: give its layout one`);
  // Straight after <head ...>, before any script, so the policy governs all of them.
  const meta = `<meta http-equiv="content-security-policy" content="${policy(hashes)}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Puts a Content-Security-Policy <meta> at the top of every page's <head>, allowing the page's own
 * inline scripts by hash (see src/lib/csp.ts), and writes `_headers` for hosts that read one. It
 * works on each page as rendered, just before Astro writes it (a page hook, lib/page-hooks.ts),
 * so it hashes exactly the bytes the browser will; the page is read in a thread of its own
 * (lib/page-reader.ts) while Astro renders the next. Pages Astro restored from its cache are
 * handled from dist/ when the build is done. Registered last, it sees what the other hooks left.
 */
export function cspIntegration(): AstroIntegration {
  let base = '/';
  const all = new Set<string>();
  const apply = (file: string, html: string, facts: PageFacts) => {
    for (const h of facts.hashes) all.add(h);
    return withPolicy(file, html, facts);
  };
  return {
    name: 'kb-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        setPageHook('csp', async ({ file, html }) => apply(file, html, await readPage(file, html)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageHook('csp');
        await closePageReader();
        const out = fileURLToPath(dir);
        const missed = await missedPages(out);
        for (const file of missed) {
          const html = await readFile(join(out, file), 'utf8');
          await writeFile(join(out, file), apply(file, html, pageFacts(html)));
        }
        await writeFile(join(out, '_headers'), headersFile(base, all));
        const count = renderedFiles().size + missed.length;
        logger.info(`content security policy on ${count} pages, ${all.size} inline script(s) allowed by hash`);
      },
    },
  };
}
