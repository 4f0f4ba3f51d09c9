import { parentPort } from 'node:worker_threads';
import { contentDir } from '../../lib/content-dir.ts';
import { prerenderDiagrams } from '../../lib/diagrams/prerender.ts';
import { cardCacheDir } from '../../lib/social/card.ts';
import { predrawCards } from '../../lib/social/predraw.ts';
import { runChecks } from './index.ts';
import { reportChecks } from './report.ts';

/*
 * `npm run build` runs the content checks in this worker thread (scripts/build.ts), so they use
 * the second core while Astro starts on the first. When they pass, the diagrams are rendered from
 * the content the checks loaded, and the answer tells Astro's loader it may render the entries
 * (lib/content/content-gate.ts). The thread then draws the entry and source pages' social cards
 * into the card cache while Astro renders the entries (lib/social/predraw.ts); the build stops it
 * when it is done, whatever it has reached.
 */
export interface CheckAnswer {
  ok: boolean;
}

const started = performance.now();
const result = await runChecks(contentDir());
const ok = reportChecks(result, started) && (await prerenderDiagrams(result.context.content));
parentPort!.postMessage({ ok } satisfies CheckAnswer);
if (ok) await predrawCards(result.context, cardCacheDir(process.cwd()));
