import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type CardText, cachedCard } from './card.ts';

/*
 * The thread that draws and writes a build's social cards (src/integrations/social-cards.ts), so
 * the encoding takes the second core instead of the build's thread and the thread pool that
 * writes its pages. Each message is one card; each answer says whether it had to be drawn.
 */
export interface CardJob {
  id: number;
  text: CardText;
  /** Where the card goes in the output folder. */
  target: string;
}
export type CardDone = { id: number } & ({ drawn: boolean; error?: undefined } | { drawn?: undefined; error: string });

if (!isMainThread) {
  const { cacheDir } = workerData as { cacheDir: string };

  parentPort!.on('message', async ({ id, text, target }: CardJob) => {
    try {
      const card = await cachedCard(text, cacheDir, { sync: true });
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, card.image);
      parentPort!.postMessage({ id, drawn: card.drawn } satisfies CardDone);
    } catch (error) {
      parentPort!.postMessage({ id, error: `${target}: ${(error as Error).message}` } satisfies CardDone);
    }
  });
}

/** A build's card thread: `draw` queues one card, `close` stops the thread once every card is written. */
export function startCardWorker(cacheDir: string) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { cacheDir } });
  const waiting = new Map<number, { resolve: (drawn: boolean) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', (done: CardDone) => {
    const job = waiting.get(done.id)!;
    waiting.delete(done.id);
    if (done.error === undefined) job.resolve(done.drawn);
    else job.reject(new Error(done.error));
  });
  return {
    draw: (text: CardText, target: string) =>
      new Promise<boolean>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, text, target } satisfies CardJob);
      }),
    close: () => worker.terminate(),
  };
}
