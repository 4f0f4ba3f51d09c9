import { parentPort, workerData } from 'node:worker_threads';
import { parseBody } from './body.ts';

/* Parses one body off the main thread for parse-probe.ts; a syntax error is the mdx-syntax rule's to report. */
try {
  parseBody(workerData as string);
} catch {
  // reported by the check itself
}
parentPort?.postMessage('parsed');
