import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CardText, cardCacheDir, cardFile, placeCard } from '../cards/card.ts';
import type { CardJob } from '../cards/draw-thread.ts';
import type { Step } from '../step.ts';

/**
 * Each page's social card, from the og: and twitter: meta the page carries (so the card and the
 * link preview can never disagree), at the og:image path. Cards are cached (cards/card.ts) by a hash
 * of their text and of the template, settings and packages that draw them (cards/draw.ts): a card
 * already there (most are, drawn ahead by src/emit/pre-build-thread.ts or by an earlier build) costs
 * one hard link; a new one is drawn in a thread of its own (cards/draw-thread.ts) while the next
 * pages are read.
 */
export function socialCards(): Step {
  let cached = 0;
  let drawer: ReturnType<typeof cardDrawer> | undefined;
  return {
    name: 'social-cards',
    page: ({ file, reading: { meta } }, { dir, root, base }) => {
      const image = meta.get('og:image');
      if (!image) return;
      const path = new URL(image).pathname;
      if (!path.startsWith(base)) throw new Error(`${file}: og:image ${image} is outside the base path ${base}`);
      const get = (name: string) => meta.get(name) ?? '';
      const text: CardText = {
        title: get('og:title'),
        kind: get('twitter:data1'),
        summary: get('og:description'),
        siteName: get('og:site_name'),
      };
      const cacheDir = cardCacheDir(root);
      const target = join(dir, path.slice(base.length));
      const inCache = cardFile(text, cacheDir);
      if (!existsSync(inCache)) {
        drawer ??= cardDrawer(cacheDir);
        drawer.draw({ text, target });
        return;
      }
      mkdirSync(dirname(target), { recursive: true });
      placeCard(inCache, target);
      cached++;
    },
    done: async ({ logger }) => {
      const { drawn, errors } = (await drawer?.finish()) ?? { drawn: 0, errors: [] };
      for (const e of errors) logger.error(`social card ${e}`);
      logger.info(`social cards: ${drawn} drawn, ${cached} from the cache`);
      return errors.length ? 1 : 0;
    },
  };
}

/** The thread that draws new cards: one message per card, one answer each. */
function cardDrawer(cacheDir: string) {
  const worker = new Worker(new URL('../cards/draw-thread.ts', import.meta.url), { workerData: { cacheDir } });
  const errors: string[] = [];
  let sent = 0;
  let answered = 0;
  let closing = false;
  let settle = () => {};
  const allAnswered = new Promise<void>((resolve) => {
    settle = resolve;
  });
  // Every card sent is answered once; when the build has sent its last, the last answer settles.
  worker.on('message', ({ target, error }: { target: string; error?: string }) => {
    if (error) errors.push(`${target}: ${error}`);
    if (++answered === sent && closing) settle();
  });
  worker.on('error', (error) => {
    errors.push(`the card thread failed: ${error.message}`);
    settle();
  });
  return {
    draw(job: CardJob) {
      sent++;
      worker.postMessage(job);
    },
    async finish() {
      closing = true;
      if (answered === sent) settle();
      await allAnswered;
      await worker.terminate();
      return { drawn: sent, errors };
    },
  };
}
