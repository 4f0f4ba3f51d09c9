import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Done, Job } from './render-worker.ts';
import type { MarkdownSettings } from './mdx-pipeline.ts';

/*
 * One pool of render workers (render-worker.ts), one per core, shared by every collection: Astro
 * loads the collections at the same time, and a pool each would start a worker per core per
 * collection, each with its own copy of the pipeline in memory. Jobs go out in small batches to
 * whichever worker is free; the workers stop when no collection is waiting any more.
 */
const BATCH = 25;
interface Waiting { jobs: Job[]; next: number; done: Done[]; left: number; resolve: (d: Done[]) => void; reject: (e: Error) => void }

let workers: Worker[] = [];
let users = 0;
const queue: Waiting[] = [];

export function renderInWorkers(jobs: Job[], root: string, markdown: MarkdownSettings): Promise<Done[]> {
  return new Promise((resolve, reject) => {
    users++;
    const waiting: Waiting = { jobs, next: 0, done: [], left: jobs.length, resolve, reject };
    queue.push(waiting);
    if (!workers.length) workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, () => start(root, markdown));
    for (const worker of workers) if (!busy.has(worker)) feed(worker);
  }).finally(() => {
    if (--users === 0) { for (const w of workers) void w.terminate(); workers = []; }
  }) as Promise<Done[]>;
}

const busy = new Map<Worker, { from: Waiting; count: number }>();

function start(root: string, markdown: MarkdownSettings): Worker {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { root, markdown } });
  worker.on('message', (answer: { done?: Done[]; error?: string }) => {
    const batch = busy.get(worker)!;
    busy.delete(worker);
    if (answer.error !== undefined) { fail(batch.from, new Error(answer.error)); return; }
    batch.from.done.push(...answer.done!);
    batch.from.left -= batch.count;
    if (batch.from.left === 0) batch.from.resolve(batch.from.done);
    feed(worker);
  });
  worker.on('error', (error) => { const batch = busy.get(worker); if (batch) fail(batch.from, error); });
  return worker;
}

function feed(worker: Worker): void {
  const from = queue.find((w) => w.next < w.jobs.length);
  if (!from) return;
  const batch = from.jobs.slice(from.next, from.next + BATCH);
  from.next += batch.length;
  busy.set(worker, { from, count: batch.length });
  worker.postMessage(batch);
}

function fail(waiting: Waiting, error: Error): void {
  waiting.next = waiting.jobs.length;
  const at = queue.indexOf(waiting);
  if (at >= 0) queue.splice(at, 1);
  waiting.reject(error);
}
