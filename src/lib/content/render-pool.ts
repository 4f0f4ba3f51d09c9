import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownSettings } from './mdx-pipeline.ts';
import type { Done, Job } from './render-worker.ts';

/*
 * One pool of render workers (render-worker.ts), one per core, shared by every collection: Astro
 * loads the collections at the same time, and a pool each would start a worker per core per
 * collection, each with its own copy of the pipeline in memory. Entries are queued as the loader
 * reads them, so the workers render while Astro still parses and validates the rest; each free
 * worker takes a small batch. The workers stop when no loader holds the pool any more.
 *
 * The pool lives on globalThis: the loaders (loaded with the content config) and the integration
 * that starts it early (src/integrations/render-pool.ts, loaded with astro.config.mjs) are
 * separate module instances.
 */
const BATCH = 20;
/** Below this many entries of a collection to render, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 100;
interface Queued {
  job: Job;
  resolve: (d: Done) => void;
  reject: (e: Error) => void;
}
interface Pool {
  workers: Worker[];
  holders: number;
  queue: Queued[];
  busy: Map<Worker, Queued[]>;
}
const KEY = Symbol.for('kb.render-pool');
const slot = globalThis as unknown as Record<symbol, Pool | undefined>;
slot[KEY] ??= { workers: [], holders: 0, queue: [], busy: new Map() };
const pool = slot[KEY];

export interface RenderPool {
  render(job: Job): Promise<Done>;
  release(): void;
}

/**
 * Starts the workers before any loader asks for them, while Astro starts up on the build's thread
 * and the other core has nothing to do: each spends most of a second loading the pipeline. They
 * keep the process alive only once a loader holds them.
 */
export function warmPool(root: string, markdown: MarkdownSettings): void {
  if (pool.workers.length) return;
  pool.workers = startWorkers(root, markdown);
  for (const worker of pool.workers) worker.unref();
}

export function acquirePool(root: string, markdown: MarkdownSettings): RenderPool {
  pool.holders++;
  if (!pool.workers.length) pool.workers = startWorkers(root, markdown);
  for (const worker of pool.workers) worker.ref();
  return {
    render: (job) =>
      new Promise<Done>((resolve, reject) => {
        pool.queue.push({ job, resolve, reject });
        for (const worker of pool.workers) if (!pool.busy.has(worker)) feed(worker);
      }),
    release: () => {
      if (--pool.holders > 0) return;
      for (const worker of pool.workers) void worker.terminate();
      pool.workers = [];
    },
  };
}

const startWorkers = (root: string, markdown: MarkdownSettings) =>
  Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, () => start(root, markdown));

function start(root: string, markdown: MarkdownSettings): Worker {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { root, markdown } });
  worker.on('message', (answer: { done?: Done[]; error?: string }) => {
    const batch = pool.busy.get(worker) ?? [];
    pool.busy.delete(worker);
    if (answer.error !== undefined) for (const q of batch) q.reject(new Error(answer.error));
    else for (const [i, q] of batch.entries()) q.resolve(answer.done![i]!);
    feed(worker);
  });
  worker.on('error', (error) => {
    for (const q of pool.busy.get(worker) ?? []) q.reject(error);
    pool.busy.delete(worker);
  });
  return worker;
}

function feed(worker: Worker): void {
  if (!pool.queue.length || !pool.workers.includes(worker)) return;
  const batch = pool.queue.splice(0, BATCH);
  pool.busy.set(worker, batch);
  worker.postMessage(batch.map((q) => q.job));
}
