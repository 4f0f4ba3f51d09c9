import { parentPort } from 'node:worker_threads';
import { contentDir } from '../../ingest/content-dir.ts';
import { prerenderDiagrams } from '../../ingest/diagrams/prerender.ts';
import { reportChecks, runChecks } from './index.ts';

/*
 * `npm run build` runs the content checks, then the diagrams, in this worker thread
 * (scripts/build.ts): they use the second core while Astro starts on the first, and the DOM that
 * mermaid's parser needs (happy-dom's globals) stays in this thread, away from Astro's.
 * It answers whether the content passed and its diagrams are rendered.
 */
const started = performance.now();
const result = await runChecks(contentDir());
const ok = reportChecks(result, started) && (await prerenderDiagrams(result.context.content));
parentPort!.postMessage(ok);
