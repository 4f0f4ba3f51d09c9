import { entryKeyOfPath } from '../../ingest/hrefs.ts';
import type { Problem } from '../../report/problems.ts';
import { type DistPage, type DistSite, readDist } from './pages.ts';

/*
 * URL stability. The build lists every published page and every heading anchor (and the old
 * anchors headings keep as aliases); the list is compared with the committed copy, so removing
 * or renaming a URL or an anchor that readers may have linked fails until an alias keeps it.
 */
export const PUBLISHED_FILE = 'content/published-urls.txt';

/** Pages that are not content and come and go with the generator: not promised to readers. */
const UNLISTED = /^\/(404\/|pagefind\/|_astro\/)/;

export async function publishedUrls(dist: string | DistSite<DistPage>): Promise<string[]> {
  const site = typeof dist === 'string' ? await readDist(dist) : dist;
  const lines: string[] = [];
  for (const page of site.pages) {
    // Directory pages only (…/index.html): 404.html is not a promised URL.
    if (!page.file.endsWith('index.html') || UNLISTED.test(page.url)) continue;
    lines.push(page.url);
    if (!page.redirect) lines.push(...page.publishedAnchors.map((a) => `${page.url}#${a}`));
  }
  return [...new Set(lines)].sort();
}

interface UrlChanges {
  removed: string[];
  added: string[];
}

/**
 * What was published and is gone. An anchor of a page that became a redirect (an entry merged
 * into another) still works when the target page has that anchor, because the redirect keeps the
 * #fragment; pass the built site to count those as kept.
 */
export function compareUrls(committed: string[], current: string[], site?: DistSite<DistPage>, base = '/'): UrlChanges {
  const now = new Set(current);
  const before = new Set(committed);
  const byUrl = new Map(site?.pages.map((p) => [p.url, p]));
  const carried = (url: string) => {
    const [path, anchor] = url.split('#');
    const page = byUrl.get(path!);
    if (!anchor || !page?.redirectTo) return false;
    return byUrl.get(`/${page.redirectTo.slice(base.length).replace(/#.*$/, '')}`)?.ids.has(anchor) ?? false;
  };
  return { removed: committed.filter((u) => !now.has(u) && !carried(u)), added: current.filter((u) => !before.has(u)) };
}

export const parseUrlList = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** How to fix a removed URL, in the words of an author. */
export function removedMessage(url: string): string {
  const [path, anchor] = url.split('#');
  const key = entryKeyOfPath(path!);
  if (anchor)
    return (
      `published anchor ${url} is gone: if its heading was reworded, pin the old id (\\{#${anchor}}) or keep it ` +
      `as an alias (\\{#new-id #${anchor}}); if the page now redirects, give the entry it redirects to a heading ` +
      `with that alias`
    );
  if (key)
    return (
      `published page ${url} is gone: add \`aliases: [${key.split('/')[1]}]\` to the entry that replaces it, so ` +
      `the old URL redirects`
    );
  return `published page ${url} is gone: restore it, or redirect it`;
}

/** Each removed URL as a problem of the committed list (rule `removed-url`). */
export const removedProblems = (removed: string[], listFile: string): Problem[] =>
  removed.map((url) => ({ file: listFile, line: 1, column: 1, rule: 'removed-url', message: removedMessage(url) }));
