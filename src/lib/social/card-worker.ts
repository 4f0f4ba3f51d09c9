import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { workerData } from 'node:worker_threads';
import { answerCalls } from '../thread-calls.ts';
import { type CardText, cardInCache, placeCard } from './card.ts';
import { pageCard } from './page-card.ts';

/*
 * The thread that handles a build's social cards (src/integrations/social-cards.ts): it reads each
 * page's head for its card, draws the cards not yet in the cache and links each into the output
 * folder, so none of it takes the build's thread or the thread pool that writes its pages. Each
 * call answers whether a card had to be drawn.
 */
export type CardJob =
  | { page: { file: string; head: string } }
  /** A card drawn ahead into the cache, for a page still to come (lib/build-handoff.ts). */
  | { text: CardText };

const { cacheDir, site } = workerData as { cacheDir: string; site: { base: string; out: string } };

/** Whether the card had to be drawn; null for a page that asks for none (no og:image). */
function run(job: CardJob): boolean | null {
  if ('text' in job) return cardInCache(job.text, cacheDir).drawn;
  const card = pageCard(job.page.head, site);
  if (!card) return null;
  const { file, drawn } = cardInCache(card.text, cacheDir);
  mkdirSync(dirname(card.target), { recursive: true });
  placeCard(file, card.target);
  return drawn;
}

answerCalls((job: CardJob): boolean | null => {
  try {
    return run(job);
  } catch (error) {
    throw new Error(`${'text' in job ? job.text.title : job.page.file}: ${(error as Error).message}`);
  }
});
