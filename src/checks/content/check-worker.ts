import { parentPort } from 'node:worker_threads';
import { contentDir } from '../../lib/content-dir.ts';
import { prerenderDiagrams } from '../../lib/diagrams/prerender.ts';
import type { CardText } from '../../lib/social/card.ts';
import { expectedCards } from '../../lib/social/meta.ts';
import { reportChecks, runChecks } from './index.ts';

/*
 * `npm run build` runs the content checks in this worker thread (scripts/build.ts), so they use
 * the second core while Astro starts on the first. When they pass, the diagrams are rendered from
 * the content the checks loaded, and the answer tells Astro's loader it may render the entries
 * (lib/build-handoff.ts). It also says which social cards most pages will ask for, so they can
 * be drawn while Astro renders the entries (lib/social/meta.ts, expectedCards).
 */
export interface CheckAnswer {
  ok: boolean;
  cards: CardText[];
}

const started = performance.now();
const result = await runChecks(contentDir());
const ok = reportChecks(result, started) && (await prerenderDiagrams(result.context.content));
parentPort!.postMessage({ ok, cards: ok ? expectedCards(result.context) : [] } satisfies CheckAnswer);
