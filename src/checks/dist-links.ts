import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import type { Problem } from '../lib/problems.ts';

/*
 * The built site's own link check, in the spirit of withastro/docs' lint-linkcheck: every
 * internal href and src (SVG links included) must land on a page, and every #fragment on an id
 * of that page. Problems name the content file behind the page when there is one.
 */
interface Page { ids: Set<string>; links: { href: string; tag: string }[] }

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile() && d.name.endsWith('.html')) out.push(join(d.parentPath, d.name));
  }
  return out.sort();
}

/** `/kb/practices/x/index.html` → `/kb/practices/x/` (the URL the page is served at). */
const urlOf = (dist: string, file: string) => `/${relative(dist, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

/** The content file behind a page URL, for messages authors can act on. */
function sourceOf(url: string, base: string): string | null {
  const m = new RegExp(`^${base.replace(/\/$/, '')}/(practices|challenges|techniques|companies)/([a-z0-9-]+)/$`).exec(url);
  return m ? `content/${m[1]}/${m[2]}.mdx` : null;
}

export async function checkDistLinks(dist: string, base = '/'): Promise<Problem[]> {
  const pages = new Map<string, Page>();
  const assets = new Set<string>();
  for (const d of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) assets.add(`/${relative(dist, join(d.parentPath, d.name))}`);
  }
  for (const file of await htmlFiles(dist)) {
    const root = parse(await readFile(file, 'utf8'));
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    const links = root.querySelectorAll('[href], [src], [xlink\\:href]').map((el) => ({
      href: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href') ?? '',
      tag: el.rawTagName,
    }));
    pages.set(urlOf(dist, file), { ids, links });
  }
  const prefix = base.replace(/\/$/, '');
  const problems: Problem[] = [];
  for (const [url, page] of pages) {
    const file = sourceOf(`${prefix}${url}`, base) ?? `dist${url}`;
    for (const { href, tag } of page.links) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) || tag === 'link' && !href.startsWith('/')) continue;
      const target = new URL(href, `https://site.invalid${prefix}${url}`);
      if (target.host !== 'site.invalid') continue;
      if (!target.pathname.startsWith(`${prefix}/`)) {
        problems.push({ file, line: 1, column: 1, rule: 'broken-link', message: `link ${href} (on ${prefix}${url}) leaves the site's base path ${base}: write links as /collection/id/ and let the build add the base` });
        continue;
      }
      const path = target.pathname.slice(prefix.length);
      const targetPage = pages.get(path) ?? pages.get(`${path}/`);
      if (!targetPage && !assets.has(decodeURIComponent(path))) {
        problems.push({ file, line: 1, column: 1, rule: 'broken-link', message: `link ${href} (on ${prefix}${url}) points to no page: fix the link or create the page` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        problems.push({ file, line: 1, column: 1, rule: 'broken-fragment', message: `link ${href} (on ${prefix}${url}) names #${fragment}, which is not an anchor of ${prefix}${path}: link an existing heading` });
      }
    }
  }
  return problems;
}
