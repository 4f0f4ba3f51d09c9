import { parentPort, workerData } from 'node:worker_threads';
import { parseMdx } from './parse.ts';

/* Parses one file off the main thread for parse-probe.ts; a syntax error is the mdx-syntax rule's to report. */
parseMdx(workerData as string);
parentPort?.postMessage('parsed');
