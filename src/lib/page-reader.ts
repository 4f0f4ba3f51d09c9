import type { PageFacts } from './page-pass.ts';
import { type ThreadCalls, threadCalls } from './thread-calls.ts';

/*
 * Each rendered page read once, in a thread of its own (page-pass-worker.ts), for every
 * integration that needs it (CSP, search index): the first to ask starts the reading and the
 * others get the same answer, as long as the page is unchanged. The integrations are one module
 * instance (they are loaded with astro.config.mjs), so this memory is shared; it keeps the last
 * few pages only, as Astro renders a few at a time.
 */
const RECENT = 64;
let thread: ThreadCalls<string, PageFacts> | undefined;
const recent = new Map<string, { html: string; facts: Promise<PageFacts> }>();

export function readPage(file: string, html: string): Promise<PageFacts> {
  const known = recent.get(file);
  if (known?.html === html) return known.facts;
  thread ??= threadCalls<string, PageFacts>(new URL('./page-pass-worker.ts', import.meta.url));
  const facts = thread.call(html);
  recent.delete(file);
  recent.set(file, { html, facts });
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return facts;
}

/** Stops the thread when the build is done (the next build starts another). */
export async function closePageReader(): Promise<void> {
  const done = thread?.close();
  thread = undefined;
  recent.clear();
  await done;
}
