import { Worker } from 'node:worker_threads';

/**
 * Some shapes of text make the Markdown parser slow out of all proportion: emphasis nested
 * thousands deep, thousands of unclosed brackets or quote markers (minutes for 200 KB). A body
 * with many such characters is first parsed in a worker that is stopped after `PARSE_BUDGET_MS`,
 * so `npm run check` reports it instead of hanging. Ordinary entries have a few hundred at most
 * and are never probed.
 */
export const PARSE_BUDGET_MS = 5000;
const PROBE_ABOVE = 1500;
const STRUCTURAL = new Set(['[', '*', '_', '>', '<', '{']);

export function looksHeavy(body: string): boolean {
  let count = 0;
  for (const ch of body) if (STRUCTURAL.has(ch) && ++count > PROBE_ABOVE) return true;
  return false;
}

/** True when the body parses (or fails to parse) within the budget. */
export function parsesInTime(body: string, ms = PARSE_BUDGET_MS): Promise<boolean> {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: body });
  return new Promise((resolve) => {
    const done = (inTime: boolean) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(inTime);
    };
    const timer = setTimeout(() => done(false), ms);
    worker.once('message', () => done(true));
    worker.once('error', () => done(true));
  });
}
