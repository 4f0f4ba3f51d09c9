import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CardText, cardCacheDir, cardFile, placeCard } from '../cards/card.ts';
import type { CardJob } from '../cards/draw-thread.ts';
import type { Step } from '../step.ts';

/**
 * Draws each page's social card from the og: and twitter: meta the page carries (so the card and
 * the link preview can never disagree), into the output folder at the og:image path. Cards are
 * cached by a hash of their text and of the code and packages that draw them (cards/card.ts): an
 * unchanged card costs one hard link; a new one is drawn in a thread of its own (cards/draw-thread.ts).
 */
export function socialCards(): Step {
  let cached = 0;
  let thread: { worker: Worker; done: Promise<string[]>; sent: number } | undefined;
  const draw = (cacheDir: string, job: CardJob) => {
    if (!thread) {
      const worker = new Worker(new URL('../cards/draw-thread.ts', import.meta.url), { workerData: { cacheDir } });
      const state = { worker, sent: 0, done: Promise.resolve<string[]>([]) };
      const errors: string[] = [];
      let answered = 0;
      let finish: (errors: string[]) => void = () => {};
      state.done = new Promise((resolve) => {
        finish = resolve;
      });
      worker.on('message', ({ target, error }: { target: string; error?: string }) => {
        if (error) errors.push(`${target}: ${error}`);
        if (++answered === state.sent && closing) finish(errors);
      });
      worker.on('error', (error) => finish([...errors, `the card thread failed: ${error.message}`]));
      let closing = false;
      closeThread = () => {
        closing = true;
        if (answered === state.sent) finish(errors);
        return state.done;
      };
      thread = state;
    }
    thread.sent++;
    thread.worker.postMessage(job);
  };
  let closeThread = async (): Promise<string[]> => [];
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
      if (!existsSync(inCache)) return draw(cacheDir, { text, target });
      mkdirSync(dirname(target), { recursive: true });
      placeCard(inCache, target);
      cached++;
    },
    done: async ({ logger }) => {
      const errors = await closeThread();
      await thread?.worker.terminate();
      for (const e of errors) logger.error(`social card ${e}`);
      logger.info(`social cards: ${thread?.sent ?? 0} drawn, ${cached} from the cache`);
      return errors.length ? 1 : 0;
    },
  };
}
