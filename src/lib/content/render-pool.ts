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
 */
const BATCH = 20;
interface Queued {
  job: Job;
  resolve: (d: Done) => void;
  reject: (e: Error) => void;
}

let workers: Worker[] = [];
let holders = 0;
const queue: Queued[] = [];
const busy = new Map<Worker, Queued[]>();

export interface RenderPool {
  render(job: Job): Promise<Done>;
  release(): void;
}

export function acquirePool(root: string, markdown: MarkdownSettings): RenderPool {
  holders++;
  if (!workers.length)
    workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, () => start(root, markdown));
  return {
    render: (job) =>
      new Promise<Done>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        for (const worker of workers) if (!busy.has(worker)) feed(worker);
      }),
    release: () => {
      if (--holders > 0) return;
      for (const worker of workers) void worker.terminate();
      workers = [];
    },
  };
}

function start(root: string, markdown: MarkdownSettings): Worker {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { root, markdown } });
  worker.on('message', (answer: { done?: Done[]; error?: string }) => {
    const batch = busy.get(worker) ?? [];
    busy.delete(worker);
    if (answer.error !== undefined) for (const q of batch) q.reject(new Error(answer.error));
    else for (const [i, q] of batch.entries()) q.resolve(answer.done![i]!);
    feed(worker);
  });
  worker.on('error', (error) => {
    for (const q of busy.get(worker) ?? []) q.reject(error);
    busy.delete(worker);
  });
  return worker;
}

function feed(worker: Worker): void {
  if (!queue.length || !workers.includes(worker)) return;
  const batch = queue.splice(0, BATCH);
  busy.set(worker, batch);
  worker.postMessage(batch.map((q) => q.job));
}
