import { entryKeyFromHref } from '../lib/graph.ts';
import type { Problem } from '../lib/problems.ts';
import { suggest, type CheckContext } from './context.ts';
import { sitePages } from './site-pages.ts';

/**
 * Internal links in bodies and diagrams: the page exists and so does the #fragment. Links to
 * entries that do not exist are reported by the references rule, with the entry's id.
 */
export function checkLinks(ctx: CheckContext): Problem[] {
  const pages = sitePages(ctx);
  const problems: Problem[] = [];
  for (const entry of ctx.content.entries) {
    const self = `/${entry.collection}/${entry.id}/`;
    for (const link of ctx.facts.get(entry)!.links) {
      const at = { file: entry.file, line: link.line + entry.bodyLine - 1, column: link.column };
      const { href } = link;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      if (!href.startsWith('/') && !href.startsWith('#')) {
        problems.push({ ...at, rule: 'relative-link', message: `link "${href}" is relative: write it from the site root, e.g. /challenges/cold-start/` });
        continue;
      }
      const [pathAndQuery, fragment] = href.split('#') as [string, string | undefined];
      const path = pathAndQuery.split('?')[0] || self;
      const anchors = pages.get(path) ?? pages.get(`${path}/`);
      if (!anchors) {
        if (!entryKeyFromHref(path)) problems.push({ ...at, rule: 'broken-link', message: `link to ${href} points to no page${suggest(path, pages.keys())}: fix the path` });
        continue;
      }
      if (fragment && !anchors.has(decodeURIComponent(fragment))) {
        problems.push({ ...at, rule: 'broken-fragment', message: `link to ${href}: ${path} has no anchor #${fragment}${suggest(fragment, anchors)}; link one of its headings` });
      }
    }
  }
  return problems;
}
