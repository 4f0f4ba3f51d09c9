import { type ThreadCalls, threadCalls } from '../thread-calls.ts';
import type { CardText } from './card.ts';
import type { CardJob } from './card-worker.ts';

/**
 * A build's social cards, handled in a thread of their own (card-worker.ts) as the pages render:
 * the build's thread only hands over each page's <head>. Reading the head, hashing the card and
 * linking it from the cache cost the build's thread a millisecond and more per page; the thread
 * starts with the first card. Each promise resolves to whether the card had to be drawn.
 */
export interface CardQueue {
  /** The card of a rendered page (`file`, relative to the output folder), from its <head>; null if it asks for none. */
  page(file: string, head: string): Promise<boolean | null>;
  /** A card drawn ahead into the cache, for a page still to come. */
  ahead(text: CardText): Promise<boolean>;
  close(): Promise<number>;
}

export function cardQueue(cacheDir: string, site: { base: string; out: string }): CardQueue {
  let calls: ThreadCalls<CardJob, boolean | null> | undefined;
  const thread = () => {
    calls ??= threadCalls<CardJob, boolean | null>(new URL('./card-worker.ts', import.meta.url), { cacheDir, site });
    return calls;
  };
  return {
    page: (file, head) => thread().call({ page: { file, head } }),
    ahead: (text) => thread().call({ text }) as Promise<boolean>,
    close: async () => (calls ? calls.close() : 0),
  };
}
