import { Worker } from 'node:worker_threads';
import { batched } from './page-hooks.ts';
import type { PagePass } from './page-pass.ts';

/** What the search thread needs of a page's one reading (lib/page-pass.ts). */
export type IndexFacts = Pick<PagePass, 'blockEnds' | 'indexed'>;
export interface IndexedPage {
  sourcePath: string;
  html: string;
  facts: IndexFacts;
}

/*
 * The Pagefind index of one build, fed page by page while Astro renders them (a page hook: lib/page-hooks.ts)
 * instead of re-reading every page from dist/ when the build is done. A worker thread
 * (search-index-worker.ts) owns the index: it spaces each page and hands it to Pagefind's own
 * process, so both work on the second core while Astro renders on the first. The integration opens
 * it when the build starts and writes it when the build is done (src/integrations/pagefind.ts).
 */
export interface LiveIndex {
  worker: Worker;
  /** Pages on their way to the worker, a batch at a time. */
  batch: ReturnType<typeof batched<IndexedPage>>;
  /** Pages indexed. */
  added: number;
}

let current: LiveIndex | undefined;

export function openLiveIndex(options: object): LiveIndex {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { options } });
  const live: LiveIndex = { worker, batch: batched((add) => worker.postMessage({ add })), added: 0 };
  current = live;
  return live;
}

export const liveIndex = (): LiveIndex | undefined => current;

/** Only pages that mark their main content are indexed; the others need not cross over. */
export const indexed = (html: string): boolean => html.includes('data-pagefind-body');

/**
 * Hands one rendered page to the index, under the path Astro writes it to (relative to dist/),
 * with what its reading found (lib/page-pass.ts).
 */
export function addPage(live: LiveIndex, sourcePath: string, html: string, facts: IndexFacts): void {
  live.added++;
  live.batch.push({ sourcePath, html, facts: { blockEnds: facts.blockEnds, indexed: facts.indexed } });
}

/** Waits for every page, writes the index to `outputPath` (or drops it), and stops the worker. */
export function finishLiveIndex(live: LiveIndex, outputPath: string | null): Promise<string[]> {
  if (current === live) current = undefined;
  return new Promise((resolve, reject) => {
    live.worker.once('message', (answer: { problems: string[] }) => {
      void live.worker.terminate();
      resolve(answer.problems);
    });
    live.worker.once('error', reject);
    live.batch.flush();
    live.worker.postMessage({ finish: outputPath });
  });
}
