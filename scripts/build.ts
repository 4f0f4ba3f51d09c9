/**
 * `npm run build`: the content checks and then the diagrams, in a worker thread
 * (src/emit/pre-build-thread.ts, which then draws social cards ahead), while Astro starts; `astro build` renders no page before
 * they have passed (the gate below); its
 * post-build pipeline (src/emit/pipeline.ts) ends with the checks of the built site. Any failure
 * prints what to fix and exits non-zero, without a stack trace.
 */
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { describeError } from '../src/report/config-error.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const worker = new Worker(new URL('../src/emit/pre-build-thread.ts', import.meta.url));
const checked = new Promise<boolean>((resolve) => {
  worker.once('message', resolve);
  // A crash in the checks themselves is a bug to report, not a content problem: say so, without a stack.
  worker.once('error', (error) => {
    console.error(`✗ the content checks crashed: ${error.message}`);
    resolve(false);
  });
});
// Stop as soon as the content fails: the checks have printed every problem.
void checked.then((ok) => ok || fail('✗ nothing was built.'));

/**
 * Holds back the pages until the checks have passed: Astro loads and renders the entries
 * (src/ingest/entry-loader.ts) while the checks run, then waits on this hook before it bundles
 * and renders a page, so a site with a content problem is never written.
 */
const gate: AstroIntegration = {
  name: 'kb-content-gate',
  hooks: {
    'astro:build:start': async () => {
      if (!(await checked)) fail('✗ nothing was built.');
    },
  },
};

// The build reaches no network here: Astro's anonymous usage report would only time out.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');
try {
  await build({ integrations: [gate] });
} catch (error) {
  // Astro or a post-build step printed what went wrong, with the file and line where there is one.
  if (!(await checked)) fail('✗ nothing was built.');
  fail(`✗ the build failed: ${describeError(error)}`);
}
// Cards drawn ahead that no page asked for yet are of no use once the site is built.
await worker.terminate();
