import { resolve } from 'node:path';

/*
 * The settings the build reads from the environment, read here so that every part of the build
 * (astro.config.mjs, the entries' loader, the checks) sees the same values. A setting that changes
 * what an entry renders to also belongs in RENDER_ENV (src/ingest/render/render-key.ts).
 */

/**
 * Where the content lives. `KB_CONTENT_DIR` lets tests and the benchmark build the same site
 * from a fixture or a generated knowledge base; everyone else gets `./content`.
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.KB_CONTENT_DIR ?? 'content');
}

/**
 * Where the site is served: `SITE_URL` and `BASE_PATH` let the same build deploy under any host
 * and sub-path. The links an entry renders to and the pages that hold them use these same values.
 */
export function siteUrls(): { site: string; base: string } {
  return { site: process.env.SITE_URL ?? 'https://kb.example.org', base: process.env.BASE_PATH ?? '/' };
}
