import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type CardText, cachedCard } from './card.ts';

/*
 * The thread that draws and writes a build's social cards (src/integrations/social-cards.ts), so
 * the encoding takes the second core instead of the build's thread and the thread pool that
 * writes its pages (see card-queue.ts). Each message is a batch of cards; the answer says, for
 * each, whether it had to be drawn.
 */
export interface CardJob {
  id: number;
  text: CardText;
  /** Where the card goes in the output folder; none for a card drawn ahead into the cache. */
  target?: string | undefined;
}
export type CardDone = { id: number } & ({ drawn: boolean; error?: undefined } | { drawn?: undefined; error: string });

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', async (jobs: CardJob[]) => {
  const answers: CardDone[] = [];
  for (const { id, text, target } of jobs) {
    try {
      const card = await cachedCard(text, cacheDir);
      // Written synchronously: this thread has nothing else to do, and libuv's pool is the build's.
      if (target) {
        mkdirSync(dirname(target), { recursive: true });
        // Replaced, not overwritten: an earlier build's card there may be a hard link into the cache.
        rmSync(target, { force: true });
        writeFileSync(target, card.image);
      }
      answers.push({ id, drawn: card.drawn });
    } catch (error) {
      answers.push({ id, error: `${target ?? text.title}: ${(error as Error).message}` });
    }
  }
  parentPort!.postMessage(answers);
});
