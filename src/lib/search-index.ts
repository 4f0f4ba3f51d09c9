import { Worker } from 'node:worker_threads';

/*
 * The Pagefind index of one build, fed page by page while Astro renders them (src/middleware.ts)
 * instead of re-reading every page from dist/ when the build is done. A worker thread
 * (search-index-worker.ts) owns the index: it prepares each page and hands it to Pagefind's own
 * process, so both work on the second core while Astro renders on the first. The integration opens
 * it when the build starts and writes it when the build is done (src/integrations/pagefind.ts). It
 * lives on globalThis because the middleware and the integration are separate module instances.
 */
export interface LiveIndex {
  worker: Worker;
  /** Pages seen (to tell whether every page came through) and pages indexed. */
  seen: number;
  added: number;
}

const KEY = Symbol.for('kb.pagefind-live-index');
const slot = globalThis as unknown as Record<symbol, LiveIndex | undefined>;

export function openLiveIndex(options: object): LiveIndex {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { options } });
  const live: LiveIndex = { worker, seen: 0, added: 0 };
  slot[KEY] = live;
  return live;
}

export const liveIndex = (): LiveIndex | undefined => slot[KEY];

/** Hands one rendered page to the index, under the path Astro writes it to (relative to dist/). */
export function addPage(live: LiveIndex, sourcePath: string, html: string): void {
  live.seen++;
  // Only pages that mark their main content are indexed; the others need not cross over.
  if (!html.includes('data-pagefind-body')) return;
  live.added++;
  live.worker.postMessage({ add: sourcePath, html });
}

/** Waits for every page, writes the index to `outputPath` (or drops it), and stops the worker. */
export function finishLiveIndex(live: LiveIndex, outputPath: string | null): Promise<string[]> {
  if (slot[KEY] === live) slot[KEY] = undefined;
  return new Promise((resolve, reject) => {
    live.worker.once('message', (answer: { problems: string[] }) => {
      void live.worker.terminate();
      resolve(answer.problems);
    });
    live.worker.once('error', reject);
    live.worker.postMessage({ finish: outputPath });
  });
}
