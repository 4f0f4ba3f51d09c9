import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { allowedHashes, scriptHash } from '../../model/csp.ts';
import { type PageReading, readPage as readHtml } from './read-page.ts';
import type { Finding } from './safety.ts';

/**
 * The built site read once: every file, and for each HTML page what the link check and the
 * published-URL list need, and what the safety rules found (the one reading of a page: emit/read-page.ts).
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

/** The files of the built site, as `/path` from its root. */
export async function distFiles(dist: string): Promise<Set<string>> {
  const entries = (await readdir(dist, { withFileTypes: true, recursive: true })).filter((d) => d.isFile());
  return new Set(entries.map((d) => `/${relative(dist, join(d.parentPath, d.name))}`));
}

/** Reads the built site from disk: every file, and every HTML page (`npm run urls`, scripts/check-dist.ts, tests). */
export async function readDist(dist: string): Promise<DistSite> {
  const files = new Set<string>();
  const pages: ParsedPage[] = [];
  const keep = stringKeeper();
  const entries = (await readdir(dist, { withFileTypes: true, recursive: true })).filter((d) => d.isFile());
  for (const d of entries.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = relative(dist, join(d.parentPath, d.name));
    files.add(`/${path}`);
    if (d.name.endsWith('.html')) pages.push(distPage(path, readHtml(await readFile(join(dist, path), 'utf8')), keep));
  }
  return { pages, files };
}

/** One page of the built site, `path` relative to dist/. */
export const readPage = (path: string, html: string): ParsedPage => distPage(path, readHtml(html));

/**
 * A string read out of a page is a slice of the page's HTML, and V8 keeps the whole page alive for
 * as long as one slice of it is: the readings kept of 3,000 pages held 223 MB of heap, 25 MB once
 * copied out (measured at 5,000 entries). The keeper copies each distinct string once, and hands
 * back that copy whenever the same text comes again: links and ids repeat on every page.
 */
export function stringKeeper(): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    let copy = kept.get(text);
    if (copy === undefined) {
      copy = Buffer.from(text).toString();
      kept.set(copy, copy);
    }
    return copy;
  };
}

/**
 * What the checks keep of a page's reading (the build hands over the reading it made for every
 * step), copied out of the page's HTML by `keep`, which the pages of one site share.
 */
export function distPage(path: string, reading: PageReading, keep = stringKeeper()): ParsedPage {
  const { refresh } = reading;
  const facts = {
    ids: new Set([...reading.ids].map(keep)),
    sectionIds: reading.sectionIds.map(keep),
    links: reading.links.map(({ href, tag }) => ({ href: keep(href), tag: keep(tag) })),
    publishedAnchors: reading.publishedAnchors.map(keep),
    meta: new Map([...reading.meta].map(([name, content]) => [keep(name), keep(content)])),
    findings: policyFindings(reading),
  };
  const redirectTo = refresh ? /url=(.*)$/i.exec(refresh)?.[1] : undefined;
  return { url: urlOf(path), file: path, ...facts, redirect: refresh !== undefined, ...(redirectTo && { redirectTo }) };
}

/** The page without its findings: what the other checks read, once the safety check has them. */
export function withoutFindings({ findings: _, ...page }: ParsedPage): DistPage {
  return page;
}

/** The safety rules' findings on the page, and whether its policy comes first and allows every inline script. */
function policyFindings(r: PageReading): Finding[] {
  if (r.policy === undefined)
    return [
      {
        rule: 'csp',
        message:
          'the page has no Content-Security-Policy <meta>: build with the post-build pipeline (src/emit/pipeline.ts)',
      },
      ...r.findings,
    ];
  const found: Finding[] = [];
  if (r.scriptBeforePolicy)
    found.push({
      rule: 'csp',
      message: 'a script comes before the Content-Security-Policy <meta>: the policy must come first in <head>',
    });
  const allowed = allowedHashes(r.policy);
  for (const text of r.scripts.filter((s) => !allowed.has(scriptHash(s))))
    found.push({
      rule: 'csp',
      message:
        `an inline script ("${text.trim().slice(0, 40)}...") is not allowed by the page's policy: the browser will ` +
        'not run it; rebuild so its hash is added',
    });
  return [...found, ...r.findings];
}
