import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';

/**
 * The built site read once: every file, and for each HTML page what the link check and the
 * published-URL list need. Both checks of `npm run build` share this single parse of dist/.
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
/** A page with its parsed tree, which only the safety check reads (src/checks/dist/safety.ts). */
export interface ParsedPage extends DistPage {
  root: HTMLElement;
}
export interface DistSite<P extends DistPage = ParsedPage> {
  pages: P[];
  files: Set<string>;
}

/** `practices/x/index.html` → `/practices/x/`. */
const urlOf = (path: string) => `/${path}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

/**
 * Reads the built site: every file, and every HTML page but those in `skip` (pages the build
 * already read as it wrote them, see src/integrations/dist-check.ts). `each` may turn each parsed
 * page into what is kept of it (checks/dist/run.ts keeps no tree, to stay small at any size).
 */
export async function readDist(dist: string): Promise<DistSite>;
export async function readDist<P extends DistPage>(
  dist: string,
  options: { skip?: ReadonlySet<string> | undefined; each: (page: ParsedPage) => P },
): Promise<DistSite<P>>;
export async function readDist(
  dist: string,
  { skip = new Set(), each = (page: ParsedPage): DistPage => page }: ReadOptions = {},
): Promise<DistSite<DistPage>> {
  const files = new Set<string>();
  const pages: DistPage[] = [];
  const entries = (await readdir(dist, { withFileTypes: true, recursive: true })).filter((d) => d.isFile());
  for (const d of entries.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = relative(dist, join(d.parentPath, d.name));
    files.add(`/${path}`);
    if (d.name.endsWith('.html') && !skip.has(path))
      pages.push(each(readPage(path, await readFile(join(dist, path), 'utf8'))));
  }
  return { pages, files };
}
interface ReadOptions {
  skip?: ReadonlySet<string> | undefined;
  each?: (page: ParsedPage) => DistPage;
}

/** One page of the built site, `path` relative to dist/. */
export function readPage(path: string, html: string): ParsedPage {
  const root = parse(html, { comment: false });
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  const links = root.querySelectorAll('[href], [src], [xlink\\:href]').map((el) => ({
    href: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href') ?? '',
    tag: el.rawTagName,
  }));
  const publishedAnchors = root
    .querySelectorAll('[data-published-anchors]')
    .flatMap((scope) => scope.querySelectorAll('h2[id], h3[id], h4[id], [data-anchor-alias]').map((el) => el.id))
    // A generated block that took over a section authors used to write (e.g. #related) keeps its anchor.
    .concat(root.querySelectorAll('[data-published-anchor]').map((el) => el.id));
  const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const redirectTo = refresh ? /url=(.*)$/i.exec(refresh)?.[1] : undefined;
  const meta = new Map(
    root
      .querySelectorAll('head meta[content]')
      .map((m) => [m.getAttribute('property') ?? m.getAttribute('name') ?? '', m.getAttribute('content') ?? '']),
  );
  const sectionIds = root.querySelectorAll('main h2[id], main h3[id]').map((el) => el.id);
  return {
    url: urlOf(path),
    file: path,
    ids,
    sectionIds,
    links,
    publishedAnchors,
    redirect: refresh !== undefined,
    ...(redirectTo && { redirectTo }),
    root,
    meta,
  };
}

/** The page without its tree: what crosses between threads and what the other checks read. */
export function withoutTree({ root: _, ...page }: ParsedPage): DistPage {
  return page;
}
