import { copyFileSync, existsSync, linkSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { batched } from '../page-hooks.ts';
import { type CardText, cardHash } from './card.ts';
import type { CardDone, CardJob } from './card-worker.ts';
import { CARD } from './meta.ts';

/**
 * A build's social cards, written to the output folder as the pages render: a card already in
 * the cache is linked from this thread (a hash and a hard link); a new one is queued for the card
 * thread (card-worker.ts), in batches, since one message per card cost more than drawing at
 * thousands of pages. `add` resolves to whether the card had to be drawn; `flush` sends what is
 * queued; `close` stops the thread.
 */
export interface CardQueue {
  /** Writes the card to `target`; without one, only makes sure it is in the cache (a forecast). */
  add(text: CardText, target?: string): Promise<boolean>;
  flush(): void;
  close(): Promise<number>;
}

export function cardQueue(cacheDir: string): CardQueue {
  let worker: Worker | undefined;
  const waiting = new Map<number, { resolve: (drawn: boolean) => void; reject: (e: Error) => void }>();
  let next = 0;
  const dirs = new Set<string>();

  const start = () => {
    const thread = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { cacheDir } });
    thread.on('message', (answers: CardDone[]) => {
      for (const done of answers) {
        const job = waiting.get(done.id)!;
        waiting.delete(done.id);
        if (done.error === undefined) job.resolve(done.drawn);
        else job.reject(new Error(done.error));
      }
    });
    return thread;
  };
  const batch = batched<CardJob>((jobs) => {
    worker ??= start();
    worker.postMessage(jobs);
  });

  return {
    add: async (text, target) => {
      const cached = join(cacheDir, `${cardHash(text)}.${CARD.extension}`);
      if (existsSync(cached)) {
        if (!target) return false;
        if (!dirs.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
        dirs.add(dirname(target));
        linkOrCopy(cached, target);
        return false;
      }
      return new Promise<boolean>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        batch.push({ id, text, target });
      });
    },
    flush: batch.flush,
    close: async () => (worker ? worker.terminate() : 0),
  };
}

/*
 * A hard link costs no data written: at 5,000 entries the cards are 360 MB, which copies made the
 * kernel write while Astro wrote pages. The cache is content-addressed and only ever replaced by
 * rename (card.ts), so a linked card cannot change under the site. A file already at the target
 * (an earlier build's card, maybe a link into the cache) is removed first, never written through.
 * Another file system (EXDEV) falls back to a copy. Synchronous: a link is one short system call,
 * and going through libuv's pool cost the rendering thread more than the call itself.
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      unlinkSync(to);
      return linkOrCopy(from, to);
    }
    copyFileSync(from, to);
  }
}
