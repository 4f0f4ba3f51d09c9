import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardCacheDir, cardInCache, placeCard } from '../cards/card.ts';
import type { Step } from '../step.ts';

/**
 * Draws each page's social card from the og: and twitter: meta the page carries (so the card and
 * the link preview can never disagree), into the output folder at the og:image path. Cards are
 * cached by a hash of their text and of the code and packages that draw them (cards/card.ts), so
 * an unchanged card costs one hard link.
 */
export function socialCards(): Step {
  let drawn = 0;
  let cached = 0;
  return {
    name: 'social-cards',
    page: ({ file, reading: { meta } }, { dir, root, base }) => {
      const image = meta.get('og:image');
      if (!image) return;
      const path = new URL(image).pathname;
      if (!path.startsWith(base)) throw new Error(`${file}: og:image ${image} is outside the base path ${base}`);
      const get = (name: string) => meta.get(name) ?? '';
      const text = {
        title: get('og:title'),
        kind: get('twitter:data1'),
        summary: get('og:description'),
        siteName: get('og:site_name'),
      };
      const card = cardInCache(text, cardCacheDir(root));
      const target = join(dir, path.slice(base.length));
      mkdirSync(dirname(target), { recursive: true });
      placeCard(card.file, target);
      if (card.drawn) drawn++;
      else cached++;
    },
    done: ({ logger }) => logger.info(`social cards: ${drawn} drawn, ${cached} from the cache`),
  };
}
