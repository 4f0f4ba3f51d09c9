import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type CardText, cardInCache, placeCard } from './card.ts';

/*
 * Draws the social cards that are not yet in the cache, in a thread of its own (steps/social-cards.ts),
 * while the build's thread reads the next pages: drawing and encoding a card takes about 10 ms.
 * Each message is one card and where it goes; the answer says it is there, or why not.
 */
export interface CardJob {
  text: CardText;
  target: string;
}

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', ({ text, target }: CardJob) => {
  try {
    const { file } = cardInCache(text, cacheDir);
    mkdirSync(dirname(target), { recursive: true });
    placeCard(file, target);
    parentPort!.postMessage({ target });
  } catch (error) {
    parentPort!.postMessage({ target, error: (error as Error).message });
  }
});
