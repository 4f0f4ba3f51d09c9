import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { headersFile, policy, scriptHash, siteInlineScripts } from '../lib/csp.ts';

/**
 * Puts a Content-Security-Policy <meta> at the top of every built page's <head>, allowing the
 * page's own inline scripts by hash (see src/lib/csp.ts), and writes `_headers` for hosts that
 * read one. It runs on the finished HTML, so it sees exactly the bytes the browser will hash.
 */
export function cspIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        const all = new Set<string>();
        for (const page of pages) {
          const path = join(out, page);
          const html = await readFile(path, 'utf8');
          const root = parse(html, { comment: true });
          const hashes = siteInlineScripts(root).map((s) => scriptHash(s.rawText));
          for (const h of hashes) all.add(h);
          const head = root.querySelector('head');
          if (!head)
            throw new Error(
              `${page} has no <head>, so it cannot carry the Content-Security-Policy: give its layout one`,
            );
          // Straight after <head ...>, before any script, so the policy governs all of them.
          const at = html.indexOf('>', head.range[0]) + 1;
          const meta = `<meta http-equiv="content-security-policy" content="${policy(hashes)}">`;
          await writeFile(path, html.slice(0, at) + meta + html.slice(at));
        }
        await writeFile(join(out, '_headers'), headersFile(base, all));
        logger.info(`content security policy on ${pages.length} pages, ${all.size} inline script(s) allowed by hash`);
      },
    },
  };
}
