import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from './options.ts';
import type { Counts, PagefindData, PagefindHit } from './run.ts';

/**
 * Loads a built site's Pagefind bundle in Node, as a browser would: its `fetch` calls for the
 * index and the WebAssembly are answered from disk (file: URLs). It ranks with the site's own
 * options unless `options` replaces them (the quality suite's "before" figure uses `{}`).
 */
/** A result's data, as the search UIs read it (run.ts). */
export type PagefindResult = PagefindData;
export interface NodePagefind {
  filters(): Promise<Counts>;
  search(q: string | null, options?: object): Promise<{ results: PagefindHit[]; filters: Counts }>;
}

export async function loadPagefind(dist: string, options: object = PAGEFIND_OPTIONS): Promise<NodePagefind> {
  // A fetch shim: Node's fetch reads no file: URLs, and Pagefind's browser bundle loads its index with
  // fetch. Used by the tests and the search-quality suite only, never by the build.
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return realFetch(input, init);
    return new Response(await readFile(fileURLToPath(url)));
  };
  const bundle = join(dist, 'pagefind');
  const pf = await import(pathToFileURL(join(bundle, 'pagefind.js')).href);
  await pf.options({ ...options, basePath: `${pathToFileURL(bundle).href}/`, baseUrl: '/' });
  await pf.init();
  return pf as NodePagefind;
}

export async function allResults(pf: NodePagefind, q: string | null, filters?: object): Promise<PagefindResult[]> {
  const search = await pf.search(q, filters ? { filters } : {});
  return Promise.all(search.results.map((r) => r.data()));
}
