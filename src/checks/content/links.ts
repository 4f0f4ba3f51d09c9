import { classifyHref, entryPath } from '../../ingest/hrefs.ts';
import type { Problem } from '../../report/problems.ts';
import { type CheckContext, sitePages, suggest } from './context.ts';

/**
 * Internal links in bodies and diagrams: the page exists and so does the #fragment, in the model
 * of the site the pages are built from (src/model/site-model.ts). Links to entries that do not exist are
 * reported by the references rule, with the entry's id.
 */
export function checkLinks(ctx: CheckContext): Problem[] {
  const pages = sitePages(ctx);
  const problems: Problem[] = [];
  for (const entry of ctx.content.entries) {
    for (const link of entry.facts.links) {
      const at = { file: entry.file, line: link.line, column: link.column };
      const href = classifyHref(link.href);
      if (href.kind === 'external') continue;
      if (href.kind === 'relative') {
        problems.push({
          ...at,
          rule: 'relative-link',
          message: `link "${link.href}" is relative: write it from the site root, e.g. /challenges/cold-start/`,
        });
        continue;
      }
      const path = href.path ?? entryPath(entry);
      const anchors = pages.get(path) ?? pages.get(`${path}/`);
      if (!anchors) {
        if (!href.entry)
          problems.push({
            ...at,
            rule: 'broken-link',
            message: `link to ${link.href} points to no page${suggest(path, pages.keys())}: fix the path`,
          });
        continue;
      }
      if (href.fragment && !anchors.has(href.fragment)) {
        problems.push({
          ...at,
          rule: 'broken-fragment',
          message:
            `link to ${link.href}: ${path} has no anchor #${href.fragment}${suggest(href.fragment, anchors)}; ` +
            `link one of its headings`,
        });
      }
    }
  }
  return problems;
}
