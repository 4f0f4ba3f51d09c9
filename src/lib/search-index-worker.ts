import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { forIndex } from './page-pass.ts';
import type { IndexedPage } from './search-index.ts';

/*
 * The worker thread that owns a build's Pagefind index (see search-index.ts): it prepares each
 * page (forIndex: its marked content, spaced) and hands it to Pagefind, then writes the index when asked to finish.
 */
const { options } = workerData as { options: pagefind.PagefindServiceConfig };
const { index, errors } = await pagefind.createIndex(options);
const problems = index ? [...errors] : [`Pagefind could not start: ${errors.join('; ')}`];
const pending: Promise<unknown>[] = [];

parentPort!.on('message', async (message: { add?: IndexedPage[]; finish?: string | null }) => {
  for (const { sourcePath, html, facts } of index ? (message.add ?? []) : []) {
    pending.push(
      index!.addHTMLFile({ sourcePath, content: forIndex(html, facts) }).then((r) => {
        problems.push(...r.errors.map((e) => `${sourcePath}: ${e}`));
      }),
    );
  }
  if (message.finish !== undefined) {
    await Promise.all(pending);
    if (index && message.finish !== null)
      problems.push(...(await index.writeFiles({ outputPath: message.finish })).errors);
    await pagefind.close();
    parentPort!.postMessage({ problems });
  }
});
