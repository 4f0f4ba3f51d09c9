import { classifyHref, sourceOf } from '../../ingest/hrefs.ts';
import type { Problem } from '../../report/problems.ts';
import { type DistPage, type DistSite, readDist } from './pages.ts';

/*
 * The built site's own link check, in the spirit of withastro/docs' lint-linkcheck: every
 * internal href and src (SVG links included) must land on a page, and every #fragment on an id
 * of that page. Problems name the content file behind the page when there is one.
 */

export async function checkDistLinks(dist: string | DistSite<DistPage>, base = '/'): Promise<Problem[]> {
  const site = typeof dist === 'string' ? await readDist(dist) : dist;
  const pages = new Map(site.pages.map((p) => [p.url, p]));
  const assets = site.files;
  const prefix = base.replace(/\/$/, '');
  const problems: Problem[] = [];
  for (const [url, page] of pages) {
    const file = sourceOf(url) ?? `dist${url}`;
    for (const { href, tag } of page.links) {
      if (classifyHref(href).kind === 'external' || (tag === 'link' && !href.startsWith('/'))) continue;
      const target = new URL(href, `https://site.invalid${prefix}${url}`);
      if (target.host !== 'site.invalid') continue;
      if (!target.pathname.startsWith(`${prefix}/`)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          rule: 'broken-link',
          message:
            `link ${href} (on ${prefix}${url}) leaves the site's base path ${base}: write links as ` +
            `/collection/id/ and let the build add the base`,
        });
        continue;
      }
      const path = target.pathname.slice(prefix.length);
      const targetPage = pages.get(path) ?? pages.get(`${path}/`);
      if (!targetPage && !assets.has(decodeURIComponent(path))) {
        problems.push({
          file,
          line: 1,
          column: 1,
          rule: 'broken-link',
          message: `link ${href} (on ${prefix}${url}) points to no page: fix the link or create the page`,
        });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          rule: 'broken-fragment',
          message:
            `link ${href} (on ${prefix}${url}) names #${fragment}, which is not an anchor of ` +
            `${prefix}${path}: link an existing heading`,
        });
      }
    }
  }
  return problems;
}
