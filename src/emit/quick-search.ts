import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { QUICK_SEARCH_PATH } from '../model/assets.ts';

/**
 * The header's quick search is loaded on first use by a small inline script, so no page carries a
 * script file. Astro bundles only scripts that a page includes, so this module is bundled here on its
 * own (esbuild, which Astro already depends on) to a fixed address, `/_kb/quick-search.js`, with
 * its styles beside it: written into dist/ by the build, served by `astro dev`.
 */
const STYLES = 'src/styles/quick-search.css';

async function bundle(root: URL): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [fileURLToPath(new URL('src/scripts/quick-search.ts', root))],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export function quickSearch(): AstroIntegration {
  let root: URL;
  let base = '/';
  return {
    name: 'kb-quick-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${base}_kb/quick-search.css`, (_req, res) => {
          res.setHeader('content-type', 'text/css');
          res.end(readFileSync(new URL(STYLES, root)));
        });
        server.middlewares.use(`${base}${QUICK_SEARCH_PATH}`, (_req, res) => {
          bundle(root).then(
            (js) => {
              res.setHeader('content-type', 'text/javascript');
              res.end(js);
            },
            (e: Error) => {
              res.statusCode = 500;
              res.end(String(e));
            },
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL(QUICK_SEARCH_PATH, dir));
        mkdirSync(fileURLToPath(new URL('_kb/', dir)), { recursive: true });
        writeFileSync(file, await bundle(root));
        copyFileSync(new URL(STYLES, root), file.replace(/\.js$/, '.css'));
        logger.info(`quick search: ${QUICK_SEARCH_PATH}`);
      },
    },
  };
}
