import { existsSync, readFileSync } from 'node:fs';
import { sourceAnchor } from '../../ingest/citations.ts';
import { entryKeyOfPath } from '../../ingest/hrefs.ts';
import type { KbJson } from '../../model/kb-json.ts';
import type { Problem } from '../../report/problems.ts';
import type { DistPage, DistSite } from './pages.ts';

/*
 * `/kb.json` against the built pages: both come from the site model, and this proves they agree.
 * Every entry of kb.json has its page (with the same title), its Markdown twin, and on its page a
 * link to every entry it says it references or is referenced by, and the anchor of every source it
 * cites; every entry page of the site is in kb.json; every source and tag has its page.
 */
export const KB_JSON = 'kb.json';

const problem = (message: string): Problem => ({
  file: `dist/${KB_JSON}`,
  line: 1,
  column: 1,
  rule: 'kb-json',
  message,
});

export function compareKbJson(kb: KbJson, site: DistSite<DistPage>, base = '/'): Problem[] {
  const prefix = base.replace(/\/$/, '');
  // An absolute URL of kb.json → the page's URL as the built site lists it (without the base).
  const pathOf = (url: string) => {
    const { pathname } = new URL(url);
    return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  };
  const pages = new Map(site.pages.filter((p) => !p.redirect).map((p) => [p.url, p]));
  const problems: Problem[] = [];
  const listed = new Set<string>();
  for (const entry of kb.entries) {
    const path = pathOf(entry.url);
    listed.add(path);
    const page = pages.get(path);
    if (!page) {
      problems.push(problem(`${entry.key}: kb.json lists ${entry.url}, but the site has no such page`));
      continue;
    }
    if (page.meta.get('og:title') !== entry.title)
      problems.push(
        problem(`${entry.key}: kb.json titles it "${entry.title}", its page "${page.meta.get('og:title')}"`),
      );
    if (!site.files.has(pathOf(entry.markdown)))
      problems.push(problem(`${entry.key}: its Markdown twin ${entry.markdown} was not built`));
    const hrefs = new Set(page.links.map((l) => l.href.replace(/#.*$/, '')));
    for (const [what, link] of [
      ...entry.references.map((r) => [`references ${r.target} (${r.field})`, r] as const),
      ...entry.backlinks.map((b) => [`is linked from ${b.target}`, b] as const),
    ])
      if (!hrefs.has(`${prefix}${pathOf(link.url)}`) || !pages.has(pathOf(link.url)))
        problems.push(problem(`${entry.key}: kb.json says it ${what}, but its page has no link to ${link.url}`));
    for (const id of entry.sources)
      if (!page.ids.has(sourceAnchor(id)))
        problems.push(problem(`${entry.key}: kb.json says it cites ${id}, but its page lists no such source`));
  }
  for (const page of pages.values()) {
    const key = entryKeyOfPath(page.url);
    if (key && !listed.has(page.url))
      problems.push(problem(`${key}: the site has its page ${page.url}, but kb.json does not list it`));
  }
  for (const { id, page } of kb.sources)
    if (!pages.has(pathOf(page))) problems.push(problem(`source ${id}: kb.json gives its page ${page}, not built`));
  for (const { id, url } of kb.tags)
    if (!pages.has(pathOf(url))) problems.push(problem(`tag ${id}: kb.json gives its page ${url}, not built`));
  return problems;
}

/** The built kb.json compared with the built pages; a problem of its own when it is missing or not JSON. */
export function kbJsonProblems(file: string, site: DistSite<DistPage>, base: string): Problem[] {
  if (!existsSync(file)) return [problem('was not built: src/pages/kb.json.ts must write it')];
  let kb: KbJson;
  try {
    kb = JSON.parse(readFileSync(file, 'utf8')) as KbJson;
  } catch (error) {
    return [problem(`is not valid JSON (${(error as Error).message}): src/pages/kb.json.ts must write it`)];
  }
  return compareKbJson(kb, site, base);
}
