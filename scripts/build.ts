/**
 * `npm run build`: the content checks and the diagrams, `astro build`, then the checks of the
 * built site, in one process. The content checks run in a worker thread while Astro starts (its
 * modules, its config, Vite) on the main one; Astro's loader waits for them before it renders an
 * entry (src/lib/build-handoff.ts), so a site is only built from content that passed. The
 * built-site checks read each page as it is written (src/integrations/dist-check.ts). Any failure
 * prints what to fix and exits non-zero.
 */
import { Worker } from 'node:worker_threads';
import type { CheckAnswer } from '../src/checks/content/check-worker.ts';
import { checkBuiltSite, distCheckOptions } from '../src/checks/dist/run.ts';
import { distCheckIntegration } from '../src/integrations/dist-check.ts';
import { forecastCards, setContentGate } from '../src/lib/build-handoff.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const worker = new Worker(new URL('../src/checks/content/check-worker.ts', import.meta.url));
const answer = new Promise<CheckAnswer>((resolve) => {
  worker.once('message', resolve);
  // A crash in the checks themselves is a bug to report, not a content problem: say so, without a stack.
  worker.once('error', (error) => {
    console.error(`✗ the content checks crashed: ${error.message}`);
    resolve({ ok: false, cards: [] });
  });
});
const checked = answer.then((a) => a.ok);
setContentGate(checked);
forecastCards(answer.then((a) => a.cards));
// Stop as soon as the content fails: the checks have printed every problem, and Astro would only repeat one.
void checked.then((ok) => ok || fail('✗ nothing was built.'));

const { build } = await import('astro');
const reader = distCheckIntegration();
try {
  await build({ integrations: [reader] });
} catch (error) {
  // Astro has printed its error (with the file and line); a failed check explains it better.
  if (!(await checked)) fail('✗ nothing was built.');
  fail(`✗ astro build failed: ${(error as Error).message}`);
}
if (!(await checkBuiltSite({ ...distCheckOptions(), built: await reader.pages }))) process.exit(1);
