import { sourceOf } from '../../ingest/hrefs.ts';
import { classifyUrl } from '../../ingest/safe-urls.ts';
import type { Problem } from '../../report/problems.ts';
import type { RuleId } from '../../report/rules.ts';

/**
 * The built site, checked for what the content checks exist to stop, in case something got past
 * them (a plugin, a component, a hand-edited diagram): every page carries the CSP before any
 * script and it allows each inline script the site ships (read-page.ts); the entry text holds no
 * script, event handler, embedded frame or refresh; nothing loads from another host; no link uses
 * a script scheme. The rules below judge one element at a time, as read-page.ts meets it.
 */
export type Attributes = Record<string, string>;
export interface Finding {
  rule: RuleId;
  message: string;
}

/** Everything the rules below find on one element, as the page reading meets it (emit/read-page.ts). */
export function pageFindings(name: string, tag: string, a: Attributes, inText: boolean, inDiagram: boolean): Finding[] {
  const unsafe = inText ? textElementProblem(name, tag, inDiagram) : undefined;
  return [...(unsafe ? [unsafe] : []), ...urlAttributeProblems(tag, a), ...resourceProblems(name, tag, a)];
}

/** Elements that run or embed something, never allowed in the entry text. */
const EXECUTABLE_IN_TEXT = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'meta',
  'base',
  'link',
  'style',
  'foreignobject',
]);
/** Elements that make the browser fetch something, and the attributes that say what. */
const RESOURCES: Record<string, (a: Attributes) => boolean> = {
  script: (a) => 'src' in a,
  img: (a) => 'src' in a || 'srcset' in a,
  source: (a) => 'src' in a || 'srcset' in a,
  iframe: (a) => 'src' in a,
  video: (a) => 'src' in a || 'poster' in a,
  audio: (a) => 'src' in a,
  embed: (a) => 'src' in a,
  object: (a) => 'data' in a,
  link: (a) => 'href' in a && /(^|\s)(stylesheet|preload|icon)(\s|$)/i.test(a.rel ?? ''),
  use: (a) => 'href' in a,
};
const FETCHED_BY = ['src', 'srcset', 'href', 'data', 'poster'];
const URL_ATTRIBUTE = /^(href|src|action|formaction|xlink:href|poster|cite)$/;

/** An element inside the entry text that should not be there; a diagram keeps mermaid's <style>. */
function textElementProblem(name: string, tag: string, inDiagram: boolean): Finding | undefined {
  if (!EXECUTABLE_IN_TEXT.has(name) || (name === 'style' && inDiagram)) return undefined;
  return { rule: 'unsafe-output', message: `the entry text holds a <${tag}> element: remove it from the entry` };
}

/** Event handlers, styles that fetch from another host, and script schemes, on any element. */
function urlAttributeProblems(tag: string, a: Attributes): Finding[] {
  const found: Finding[] = [];
  for (const [name, value] of Object.entries(a)) {
    if (name.startsWith('on'))
      found.push({ rule: 'unsafe-output', message: `<${tag} ${name}> is an event handler: remove it` });
    const styled = name === 'style' ? /url\(\s*['"]?([^'")\s]+)/i.exec(value)?.[1] : undefined;
    if (styled && classifyUrl(styled).kind !== 'site')
      found.push({
        rule: 'off-site-resource',
        message:
          `<${tag} style="...url(${styled.slice(0, 40)})"> makes readers' browsers call another host: ` +
          'remove the style',
      });
    const url = URL_ATTRIBUTE.test(name) ? classifyUrl(value) : undefined;
    if (url?.kind === 'scheme' && !/^data:image\//.test(value))
      found.push({
        rule: 'unsafe-output',
        message: `<${tag} ${name}="${value.slice(0, 40)}"> uses a ${url.scheme}: URL: link with http(s) or a site path`,
      });
  }
  return found;
}

/** A resource the page loads from another host. */
function resourceProblems(name: string, tag: string, a: Attributes): Finding[] {
  if (!RESOURCES[name]?.(a)) return [];
  return FETCHED_BY.filter((attr) => a[attr] && classifyUrl(a[attr].split(/\s/)[0] ?? '').kind === 'remote').map(
    (attr) => ({
      rule: 'off-site-resource' as const,
      message:
        `<${tag} ${attr}="${a[attr]!.slice(0, 60)}"> makes readers' browsers call another host: serve it ` +
        'from this site',
    }),
  );
}

/** What the scan of each page found, as problems naming the content file behind the page. */
export function checkDistSafety(site: { pages: { url: string; file: string; findings: Finding[] }[] }, base = '/') {
  const prefix = base.replace(/\/$/, '');
  return site.pages.flatMap((page): Problem[] => {
    const file = sourceOf(page.url) ?? `dist/${page.file}`;
    return page.findings.map(({ rule, message }) => ({
      file,
      line: 1,
      column: 1,
      rule,
      message: `${message} (on ${prefix}${page.url})`,
    }));
  });
}
