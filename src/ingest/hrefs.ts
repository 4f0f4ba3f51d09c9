import { isEntryCollection } from '../schemas/registry.ts';

/**
 * The one classifier of hrefs, shared by the link graph, the content checks and the check of the
 * built site: what a link points at, as an author wrote it (`/challenges/cold-start/#why`).
 */
type Href =
  /** Another site, a mail address, a protocol-relative URL. */
  | { kind: 'external' }
  /** `cold-start/` or `../x`: authors write links from the site root. */
  | { kind: 'relative' }
  /** A path on this site (`#x` alone is the page itself: `path` is null), with its entry key if it names one. */
  | { kind: 'internal'; path: string | null; fragment: string | null; entry: string | null };

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const ENTRY_PATH = /^\/([a-z]+)\/([a-z0-9-]+)\/?$/;

export function classifyHref(href: string): Href {
  if (EXTERNAL.test(href)) return { kind: 'external' };
  if (!href.startsWith('/') && !href.startsWith('#')) return { kind: 'relative' };
  const hash = href.indexOf('#');
  const path = (hash < 0 ? href : href.slice(0, hash)).split('?')[0] || null;
  const fragment = hash < 0 ? null : decodeURIComponent(href.slice(hash + 1)) || null;
  return { kind: 'internal', path, fragment, entry: path ? entryKeyOfPath(path) : null };
}

/** `/challenges/cold-start/` → `challenges/cold-start` when `challenges` is a collection; else null. */
export function entryKeyOfPath(path: string): string | null {
  const m = ENTRY_PATH.exec(path);
  return m && isEntryCollection(m[1]!) ? `${m[1]}/${m[2]}` : null;
}

/** The URL of an entry, without the base: `/<collection>/<id>/`. */
export const entryPath = (e: { collection: string; id: string }) => `/${e.collection}/${e.id}/`;

/** The file behind an entry key, for messages: `content/challenges/cold-start.mdx`. */
const entryFile = (key: string) => `content/${key}.mdx`;

/** The content file behind a page URL (without the base), for messages authors can act on. */
export function sourceOf(url: string): string | null {
  const key = entryKeyOfPath(url);
  return key ? entryFile(key) : null;
}
