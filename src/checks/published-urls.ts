import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';

/*
 * URL stability. The build lists every published page and every heading anchor (and the old
 * anchors headings keep as aliases); the list is compared with the committed copy, so removing
 * or renaming a URL or an anchor that readers may have linked fails until an alias keeps it.
 */
export const PUBLISHED_FILE = 'content/published-urls.txt';

/** Pages that are not content and come and go with the generator: not promised to readers. */
const UNLISTED = /^\/(404\/|pagefind\/|_astro\/)/;

export async function publishedUrls(dist: string): Promise<string[]> {
  const lines: string[] = [];
  for (const d of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!d.isFile() || d.name !== 'index.html') continue;
    const path = `/${relative(dist, join(d.parentPath, d.name))}`.replace(/index\.html$/, '');
    if (UNLISTED.test(path)) continue;
    lines.push(path);
    const root = parse(await readFile(join(d.parentPath, d.name), 'utf8'));
    if (root.querySelector('meta[http-equiv="refresh"]')) continue; // a redirect keeps its path only
    // Anchors promised to readers: the headings of the written content, not layout boxes that come and go.
    for (const scope of root.querySelectorAll('[data-published-anchors]')) {
      for (const el of scope.querySelectorAll('h2[id], h3[id], h4[id], [data-anchor-alias]')) lines.push(`${path}#${el.id}`);
    }
  }
  return [...new Set(lines)].sort();
}

export interface UrlChanges { removed: string[]; added: string[] }

export function compareUrls(committed: string[], current: string[]): UrlChanges {
  const now = new Set(current);
  const before = new Set(committed);
  return { removed: committed.filter((u) => !now.has(u)), added: current.filter((u) => !before.has(u)) };
}

export const parseUrlList = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** How to fix a removed URL, in the words of an author. */
export function removedMessage(url: string): string {
  const [path, anchor] = url.split('#');
  const m = /^\/(practices|challenges|techniques|companies|frameworks)\/([a-z0-9-]+)\/$/.exec(path!);
  if (anchor) return `published anchor ${url} is gone: if its heading was reworded, pin the old id (\\{#${anchor}}) or keep it as an alias (\\{#new-id #${anchor}})`;
  if (m) return `published page ${url} is gone: add \`aliases: [${m[2]}]\` to the entry that replaces it, so the old URL redirects`;
  return `published page ${url} is gone: restore it, or redirect it`;
}
