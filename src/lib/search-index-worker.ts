import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { spaceAt } from './page-pass.ts';

/*
 * The worker thread that owns a build's Pagefind index (see search-index.ts): it prepares each
 * page where its blocks end (spaceAt) and hands it to Pagefind, then writes the index when asked to finish.
 */
const { options } = workerData as { options: pagefind.PagefindServiceConfig };
const { index, errors } = await pagefind.createIndex(options);
const problems = index ? [...errors] : [`Pagefind could not start: ${errors.join('; ')}`];
const pending: Promise<unknown>[] = [];

parentPort!.on(
  'message',
  async (message: { add?: { sourcePath: string; html: string; blockEnds: number[] }[]; finish?: string | null }) => {
    for (const { sourcePath, html, blockEnds } of index ? (message.add ?? []) : []) {
      pending.push(
        index!.addHTMLFile({ sourcePath, content: spaceAt(html, blockEnds) }).then((r) => {
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
  },
);
