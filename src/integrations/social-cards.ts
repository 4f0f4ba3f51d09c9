import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardForecast } from '../lib/build-handoff.ts';
import { missedPages, type RenderedPage, setPageHook } from '../lib/page-hooks.ts';
import { cardCacheDir } from '../lib/social/card.ts';
import { type CardQueue, cardQueue } from '../lib/social/card-queue.ts';

/**
 * Draws each page's social card from the og: meta the page carries (so the card and the link
 * preview can never disagree), into the output folder at the og:image path. Cards are queued as
 * the pages render (a page hook, lib/page-hooks.ts) and drawn in a thread of their own; pages
 * Astro restored from its cache are handled from dist/ when the build is done. Cards are cached by
 * content hash in .cache/social-cards/ (survives npm ci), shared by every build of the project:
 * an unchanged card costs one hard link.
 */
export function socialCardsIntegration(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let out = '';
  let cards: CardQueue | undefined;
  /** Each page's card: whether it had to be drawn, or null for a page that asks for none. */
  const writing: Promise<boolean | null>[] = [];
  const ahead: Promise<boolean>[] = [];
  const failures: Error[] = [];
  // Caught at once (a rejection nobody awaits yet would stop the process) and reported when the build is done.
  const track = (card: Promise<boolean | null>) =>
    writing.push(
      card.catch((error: Error) => {
        failures.push(error);
        return false;
      }),
    );

  const queue = () => {
    cards ??= cardQueue(cacheDir, { base, out });
    return cards;
  };
  /** Starts the card of one page (read from its head in the card thread); resolves to whether it had to be drawn. */
  const cardOf = ({ file, html }: RenderedPage) => queue().page(file, html.slice(0, html.indexOf('</head>')));

  return {
    name: 'kb-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = cardCacheDir(fileURLToPath(config.root));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        out = fileURLToPath(config.outDir);
        // Under `npm run build`, the cards most pages will ask for are drawn while Astro renders the entries.
        void cardForecast()?.then((forecast) => {
          for (const text of forecast)
            ahead.push(
              queue()
                .ahead(text)
                .catch(() => false),
            );
        });
      },
      'astro:build:start': () => {
        setPageHook('social-cards', (page) => track(cardOf(page)));
      },
      // The output folder is the configured one (config:done): the card thread writes there.
      'astro:build:done': async ({ logger }) => {
        setPageHook('social-cards');
        for (const file of await missedPages(out))
          track(cardOf({ file, html: await readFile(join(out, file), 'utf8') }));
        const pages = (await Promise.all(writing)).filter((card) => card !== null);
        const drawn = pages.filter(Boolean).length;
        const drawnAhead = (await Promise.all(ahead)).filter(Boolean).length;
        await cards?.close();
        cards = undefined;
        if (failures.length) throw new Error(`social cards could not be written: ${failures[0]!.message}`);
        logger.info(
          `social cards: ${drawnAhead} drawn ahead, ${drawn} drawn as pages rendered, ` +
            `${pages.length - drawn} from the cache`,
        );
      },
    },
  };
}
