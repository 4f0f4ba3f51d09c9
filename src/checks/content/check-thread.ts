import { parentPort } from 'node:worker_threads';
import { contentDir } from '../../ingest/settings.ts';
import { formatProblem } from '../../report/problems.ts';
import { runChecks } from './index.ts';

/*
 * The content checks as a thread the dev server keeps (src/checks/content/dev.ts): each message
 * asks for a run over the content folder as it now is, and is answered with every problem,
 * formatted as `npm run check` prints them. A thread of its own, because mermaid's parser needs a
 * DOM (happy-dom's globals), which must not replace the dev server's own timers and fetch.
 */
parentPort!.on('message', async () => {
  try {
    const { problems } = await runChecks(contentDir());
    parentPort!.postMessage({ problems: problems.map(formatProblem) });
  } catch (error) {
    parentPort!.postMessage({ problems: [`the content checks crashed: ${(error as Error).message}`] });
  }
});
