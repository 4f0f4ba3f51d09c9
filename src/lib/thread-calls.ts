import { parentPort, Worker } from 'node:worker_threads';

/*
 * A function run in a worker thread, called from the build's thread with a promise per call. The
 * calls made in one turn of the event loop go over in one message (Astro finishes several pages at
 * a time), and each answer settles its own promise, so a caller never waits for a batch to fill.
 */
interface Answer<R> {
  id: number;
  result?: R;
  error?: string;
}

export interface ThreadCalls<Q, R> {
  call(request: Q): Promise<R>;
  close(): Promise<number>;
}

export function threadCalls<Q, R>(module: URL, workerData?: unknown): ThreadCalls<Q, R> {
  const worker = new Worker(module, { workerData });
  const waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  let next = 0;
  let queued: { id: number; request: Q }[] = [];
  const send = () => {
    worker.postMessage(queued);
    queued = [];
  };
  worker.on('message', (answers: Answer<R>[]) => {
    for (const { id, result, error } of answers) {
      const call = waiting.get(id)!;
      waiting.delete(id);
      if (error === undefined) call.resolve(result as R);
      else call.reject(new Error(error));
    }
  });
  worker.on('error', (error) => {
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
  });
  return {
    call: (request) =>
      new Promise<R>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        if (!queued.length) setImmediate(send);
        queued.push({ id, request });
      }),
    close: () => worker.terminate(),
  };
}

/** The worker's side: answers each call with `run(request)`, or with the message of what it threw. */
export function answerCalls<Q, R>(run: (request: Q) => R): void {
  parentPort!.on('message', (calls: { id: number; request: Q }[]) => {
    parentPort!.postMessage(
      calls.map(({ id, request }): Answer<R> => {
        try {
          return { id, result: run(request) };
        } catch (error) {
          return { id, error: (error as Error).message };
        }
      }),
    );
  });
}
