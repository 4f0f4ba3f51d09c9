import type { HTMLElement } from 'node-html-parser';
import { allowedHashes, CONTENT_SCOPE, scriptHash, siteInlineScripts } from '../../lib/csp.ts';
import type { Problem } from '../../lib/problems.ts';
import { classifyUrl } from '../../lib/safe-urls.ts';
import type { RuleId } from '../rules.ts';
import { sourceOf } from './links.ts';
import type { ParsedPage } from './pages.ts';

/**
 * The built site, checked for what the content checks exist to stop, in case something got past
 * them (a plugin, a component, a hand-edited diagram): every page carries the CSP before any
 * script and it allows each inline script the site ships; the entry text holds no script, event
 * handler, embedded frame or refresh; nothing loads from another host; no link uses a script scheme.
 */
const RESOURCES =
  'script[src], img[src], img[srcset], source[src], source[srcset], iframe[src], video[src], video[poster], ' +
  'audio[src], embed[src], object[data], link[rel~="stylesheet"][href], link[rel~="preload"][href], ' +
  'link[rel~="icon"][href], use[href]';
const EXECUTABLE_IN_TEXT = 'script, iframe, object, embed, form, meta, base, link, style, foreignObject';

export function checkDistSafety(site: { pages: ParsedPage[] }, base = '/'): Problem[] {
  const problems: Problem[] = [];
  const prefix = base.replace(/\/$/, '');
  for (const page of site.pages) {
    const file = sourceOf(page.url) ?? `dist/${page.file}`;
    const report = (rule: RuleId, message: string) =>
      problems.push({ file, line: 1, column: 1, rule, message: `${message} (on ${prefix}${page.url})` });
    checkPolicy(page.root, report);
    for (const scope of page.root.querySelectorAll(CONTENT_SCOPE)) {
      // A pre-rendered diagram carries mermaid's own <style>; svg-safety.ts checked it before it was inlined.
      const found = scope
        .querySelectorAll(EXECUTABLE_IN_TEXT)
        .filter((el) => !(el.rawTagName === 'style' && el.closest('figure.diagram')));
      for (const el of found)
        report('unsafe-output', `the entry text holds a <${el.rawTagName}> element: remove it from the entry`);
    }
    for (const el of page.root.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^on/i.test(name)) report('unsafe-output', `<${el.rawTagName} ${name}> is an event handler: remove it`);
        const styled = name === 'style' ? /url\(\s*['"]?([^'")\s]+)/i.exec(value)?.[1] : undefined;
        if (styled && classifyUrl(styled).kind !== 'site')
          report(
            'off-site-resource',
            `<${el.rawTagName} style="...url(${styled.slice(0, 40)})"> makes readers' browsers call another host: ` +
              `remove the style`,
          );
        if (
          /^(href|src|action|formaction|xlink:href|poster|cite)$/i.test(name) &&
          classifyUrl(value).kind === 'scheme' &&
          !/^data:image\//.test(value)
        ) {
          report(
            'unsafe-output',
            `<${el.rawTagName} ${name}="${value.slice(0, 40)}"> uses a ` +
              `${(classifyUrl(value) as { scheme: string }).scheme}: URL: link with http(s) or a site path`,
          );
        }
      }
    }
    for (const el of page.root.querySelectorAll(RESOURCES)) {
      for (const attr of ['src', 'srcset', 'href', 'data', 'poster']) {
        const value = el.getAttribute(attr);
        if (value && classifyUrl(value.split(/\s/)[0] ?? '').kind === 'remote')
          report(
            'off-site-resource',
            `<${el.rawTagName} ${attr}="${value.slice(0, 60)}"> makes readers' browsers call another host: serve it ` +
              `from this site`,
          );
      }
    }
  }
  return problems;
}

function checkPolicy(root: HTMLElement, report: (rule: RuleId, message: string) => void): void {
  const meta = root.querySelector('meta[http-equiv="content-security-policy"]');
  if (!meta)
    return report(
      'csp',
      'the page has no Content-Security-Policy <meta>: build with the kb-csp integration (astro.config.mjs)',
    );
  const head = root.querySelector('head');
  if (
    head?.querySelector('script') &&
    head.innerHTML.indexOf('<script') < head.innerHTML.indexOf('content-security-policy')
  )
    report('csp', 'a script comes before the Content-Security-Policy <meta>: the policy must come first in <head>');
  const allowed = allowedHashes(meta.getAttribute('content') ?? '');
  for (const script of siteInlineScripts(root)) {
    if (!allowed.has(scriptHash(script.rawText)))
      report(
        'csp',
        `an inline script ("${script.rawText.trim().slice(0, 40)}...") is not allowed by the page's policy: the ` +
          `browser will not run it; rebuild so its hash is added`,
      );
  }
}
