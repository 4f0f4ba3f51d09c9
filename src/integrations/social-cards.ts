import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { cachedCard } from '../lib/social/card.ts';

/**
 * Draws each page's social card once the build is done, from the og: meta the page already carries
 * (so the card and the link preview can never disagree), into dist/ at the og:image path. Cards
 * are cached by content hash in .cache/social-cards/ (survives npm ci), shared by every build of the
 * project (fixture and test builds included): an unchanged card costs one file copy.
 */
export function socialCardsIntegration(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  return {
    name: 'kb-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = process.env.KB_CARD_CACHE ?? join(fileURLToPath(config.root), '.cache/social-cards');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true, withFileTypes: true })).filter(
          (d) => d.isFile() && d.name.endsWith('.html'),
        );
        let drawn = 0;
        for (const d of pages) {
          const head = parse((await readFile(join(d.parentPath, d.name), 'utf8')).split('</head>')[0] ?? '');
          const meta = (p: string) =>
            head.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content') ?? '';
          const image = meta('og:image');
          if (!image) continue;
          const path = new URL(image).pathname;
          if (!path.startsWith(base)) throw new Error(`${d.name}: og:image ${image} is outside the base path ${base}`);
          const card = await cachedCard(
            {
              title: meta('og:title'),
              kind: meta('twitter:data1'),
              summary: meta('og:description'),
              siteName: meta('og:site_name'),
            },
            cacheDir,
          );
          if (card.drawn) drawn++;
          const file = join(out, path.slice(base.length));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, card.png);
        }
        logger.info(`social cards: ${drawn} drawn, ${pages.length - drawn} pages reused a cached card or have none`);
      },
    },
  };
}
