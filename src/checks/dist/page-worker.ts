import { parentPort, workerData } from 'node:worker_threads';
import type { Problem } from '../../lib/problems.ts';
import { type DistPage, readPage, withoutFindings } from './pages.ts';
import { checkDistSafety } from './safety.ts';

/*
 * The thread that reads each page for the built-site checks as the build writes it (see
 * src/integrations/dist-check.ts): it scans the page once, keeps what the safety rules found, and
 * answers with what the other checks need (ids, links, meta), so the main thread never reads a
 * page twice and the checks at the end only resolve links.
 */
export interface PageRead {
  pages: DistPage[];
  problems: Problem[];
}

const { base } = workerData as { base: string };
const read: PageRead = { pages: [], problems: [] };

parentPort!.on('message', (message: { pages?: { file: string; html: string }[]; finish?: true }) => {
  for (const { file, html } of message.pages ?? []) {
    const page = readPage(file, html);
    read.problems.push(...checkDistSafety({ pages: [page] }, base));
    read.pages.push(withoutFindings(page));
  }
  if (message.finish) parentPort!.postMessage(read);
});
