import * as pagefind from 'pagefind';

/*
 * The Pagefind index of one build, fed page by page while Astro renders them (src/middleware.ts)
 * instead of re-reading every page from dist/ when the build is done: Pagefind's own process then
 * indexes on the second core while Astro renders on the first. The integration opens it when the
 * build starts and writes it when the build is done (src/integrations/pagefind.ts). It lives on
 * globalThis because the middleware and the integration are loaded as separate module instances.
 */
export interface LiveIndex {
  index: pagefind.PagefindIndex;
  /** Pages seen (to tell whether every page came through), pages indexed, and work in flight. */
  seen: number;
  added: number;
  pending: Promise<unknown>[];
  errors: string[];
  /** Prepares a page's HTML for Pagefind (the integration's spaceBlocks). */
  prepare: (html: string) => string;
}

const KEY = Symbol.for('kb.pagefind-live-index');
const slot = globalThis as unknown as Record<symbol, LiveIndex | undefined>;

export async function openLiveIndex(options: pagefind.PagefindServiceConfig, prepare: (html: string) => string): Promise<LiveIndex> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return (slot[KEY] = { index, seen: 0, added: 0, pending: [], errors: [], prepare });
}

export const liveIndex = (): LiveIndex | undefined => slot[KEY];

/** Hands one rendered page to Pagefind, under the path Astro writes it to (relative to dist/). */
export function addPage(live: LiveIndex, sourcePath: string, html: string): void {
  live.seen++;
  // Only pages that mark their main content are indexed; the others need not cross to Pagefind.
  if (!html.includes('data-pagefind-body')) return;
  live.added++;
  live.pending.push(live.index.addHTMLFile({ sourcePath, content: live.prepare(html) })
    .then((r) => { live.errors.push(...r.errors.map((e) => `${sourcePath}: ${e}`)); }));
}

export function closeLiveIndex(): void {
  slot[KEY] = undefined;
}
