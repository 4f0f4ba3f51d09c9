import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/*
 * What the build does with each page while Astro renders it, instead of reading every page back
 * from dist/ when the build is done: the search index takes the page, the social card is drawn
 * from its meta, the Content-Security-Policy is put into its <head>. Integrations register a hook
 * when the build starts (src/integrations/) and src/middleware.ts runs the hooks on each rendered
 * page, in registration order, before Astro writes it. A hook may return a changed page, or a
 * promise of one (work done in another thread while Astro renders the next pages).
 *
 * Astro can also skip a page and restore it from its cache; then no hook sees it, so each
 * integration handles `missedPages` from dist/ when the build is done. The hooks and the pages
 * they saw live on globalThis because the middleware and the integrations are separate module
 * instances (the middleware is bundled into the build, the integrations are not).
 */
export interface RenderedPage {
  /** Where Astro writes the page, relative to the output folder: `practices/x/index.html`. */
  file: string;
  html: string;
}
/**
 * A hook that returns a string (or a promise of one) replaces the page with it; any other result
 * leaves the page as it was.
 */
export type PageHook = (page: RenderedPage) => unknown;

const KEY = Symbol.for('kb.page-hooks');
const slot = globalThis as unknown as Record<symbol, { hooks: Map<string, PageHook>; rendered: Set<string> }>;
slot[KEY] ??= { hooks: new Map(), rendered: new Set() };
const { hooks, rendered } = slot[KEY];

/** Registers (or, with no hook, removes) the hook called `name`. The first hook of a build starts its record. */
export function setPageHook(name: string, hook?: PageHook): void {
  if (hook && !hooks.size) rendered.clear();
  if (hook) hooks.set(name, hook);
  else hooks.delete(name);
}

export const pageHooksActive = (): boolean => hooks.size > 0;

/** Runs every hook on the page and returns the page as the last hook left it. */
export async function runPageHooks(file: string, html: string): Promise<string> {
  rendered.add(file);
  let page = html;
  for (const hook of hooks.values()) {
    let changed = hook({ file, html: page });
    // Only a hook that hands work to another thread costs a wait.
    if (changed instanceof Promise) changed = await changed;
    if (typeof changed === 'string') page = changed;
  }
  return page;
}

/**
 * Astro's directory format: `/x/` is written to `x/index.html`, `/` to `index.html`, and the error
 * pages to `404.html` and `500.html` whatever their URL (`/404/` with trailingSlash: 'always').
 */
export function outputFile(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  if (/^(404|500)\/?$/.test(path)) return `${path.replace('/', '')}.html`;
  return path === '' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

/** The pages of this build that went through the hooks, by file. */
export const renderedFiles = (): ReadonlySet<string> => rendered;

/** The HTML pages in the output folder that no hook saw (restored from Astro's cache), relative to it. */
export async function missedPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((file) => !rendered.has(file));
}

/**
 * Items for a thread, sent `size` at a time: one message per page cost more than the work it
 * carried at thousands of pages. `flush` sends what is left.
 */
export function batched<T>(send: (items: T[]) => void, size = 16) {
  let items: T[] = [];
  const flush = () => {
    if (items.length) send(items);
    items = [];
  };
  return {
    push: (item: T) => {
      items.push(item);
      if (items.length >= size) flush();
    },
    flush,
  };
}
