import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Finding, scanPage } from './page-scan.ts';

/**
 * The built site read once: every file, and for each HTML page what the link check and the
 * published-URL list need, and what the safety rules found (one streaming pass: page-scan.ts).
 */
export interface DistPage {
  /** The URL the page is served at, without the base: `/practices/x/`. */
  url: string;
  /** Its file in dist/: `practices/x/index.html`. */
  file: string;
  ids: Set<string>;
  /** Ids of the h2 and h3 headings in <main>: the sections a link can name. */
  sectionIds: string[];
  links: { href: string; tag: string }[];
  /**
   * Anchors promised to readers: headings (and their aliases) inside [data-published-anchors], and
   * [data-published-anchor] blocks.
   */
  publishedAnchors: string[];
  /** A redirect page (an entry's old id) keeps its path only. */
  redirect: boolean;
  /** `<meta property|name=… content=…>` of the head, for the link-preview check. */
  meta: Map<string, string>;
  /** Where a redirect page sends readers, as written (with the base path); it keeps the #fragment. */
  redirectTo?: string;
}
/** A page with what the safety rules found in it (src/checks/dist/safety.ts). */
export interface ParsedPage extends DistPage {
  findings: Finding[];
}
export interface DistSite<P extends DistPage = ParsedPage> {
  pages: P[];
  files: Set<string>;
}

/** `practices/x/index.html` → `/practices/x/`. */
const urlOf = (path: string) => `/${path}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

/**
 * Reads the built site: every file, and every HTML page but those in `skip` (pages the build
 * already read as it wrote them, see src/integrations/dist-check.ts).
 */
export async function readDist(dist: string, skip: ReadonlySet<string> = new Set()): Promise<DistSite> {
  const files = new Set<string>();
  const pages: ParsedPage[] = [];
  const entries = (await readdir(dist, { withFileTypes: true, recursive: true })).filter((d) => d.isFile());
  for (const d of entries.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = relative(dist, join(d.parentPath, d.name));
    files.add(`/${path}`);
    if (d.name.endsWith('.html') && !skip.has(path))
      pages.push(readPage(path, await readFile(join(dist, path), 'utf8')));
  }
  return { pages, files };
}

/** One page of the built site, `path` relative to dist/. */
export function readPage(path: string, html: string): ParsedPage {
  const { refresh, ...facts } = scanPage(html);
  const redirectTo = refresh ? /url=(.*)$/i.exec(refresh)?.[1] : undefined;
  return { url: urlOf(path), file: path, ...facts, redirect: refresh !== undefined, ...(redirectTo && { redirectTo }) };
}

/** The page without its findings: what the other checks read, once the safety check has them. */
export function withoutFindings({ findings: _, ...page }: ParsedPage): DistPage {
  return page;
}
