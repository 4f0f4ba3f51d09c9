import { parentPort } from 'node:worker_threads';
import { reportChecks, runChecks } from '../checks/content/index.ts';
import { prerenderDiagrams } from '../ingest/diagrams/prerender.ts';
import { contentDir } from '../ingest/settings.ts';
import { expectedCards } from '../model/social-meta.ts';
import { cardCacheDir, cardInCache } from './cards/card.ts';

/*
 * What `npm run build` does before and beside `astro build`, in this worker thread
 * (scripts/build.ts): the content checks, then the diagrams, they use the second core while Astro starts on the first, and the DOM that
 * mermaid's parser needs (happy-dom's globals) stays in this thread, away from Astro's.
 * It answers whether the content passed and its diagrams are rendered, then draws cards ahead.
 */
const started = performance.now();
const result = await runChecks(contentDir());
const ok = reportChecks(result, started) && (await prerenderDiagrams(result.context.content));
parentPort!.postMessage(ok);

// Then, while Astro builds, the cards most pages will ask for are drawn into the card cache, where
// the post-build step (steps/social-cards.ts) finds them. The cache is keyed by each
// card's text, so a card drawn here is the page's own card, or one no page asks for.
if (ok) {
  const { content, graph } = result.context;
  const cacheDir = cardCacheDir(process.cwd());
  const cards = expectedCards({ ...content, citing: (id) => graph.citing.get(id)?.length ?? 0 });
  for (const card of cards) cardInCache(card, cacheDir);
}
