import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { linkProblem } from '../safe-urls.ts';

/**
 * What a rendered diagram may hold before it is inlined into a page: SVG shapes and text only.
 * The SVGs are committed files in content/diagrams/, so they are content like any other: a
 * hand-edited one could carry a script, HTML (foreignObject) or a request to another host.
 */
const FORBIDDEN = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'image',
  'use',
  'animate',
  'set',
  'handler',
]);

export function svgProblems(svg: string): string[] {
  const tree: Root = fromHtml(svg, { fragment: true, space: 'svg' });
  const problems: string[] = [];
  visit(tree, 'element', (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN.has(tag)) problems.push(`<${el.tagName}> element`);
    if (tag === 'style' && /@import|url\(\s*['"]?(?:[a-z]+:|\/\/)/i.test(textOf(el)))
      problems.push('a stylesheet that loads from elsewhere');
    for (const [name, value] of Object.entries(el.properties ?? {})) {
      if (/^on/i.test(name)) problems.push(`an event handler (${name})`);
      if (/^(href|xLinkHref)$/.test(name) && typeof value === 'string' && linkProblem(value))
        problems.push(`a link to ${value}`);
      if (typeof value === 'string' && /url\(/i.test(value) && /url\(\s*['"]?(?:[a-z]+:|\/\/)/i.test(value))
        problems.push(`a ${name} that loads from elsewhere`);
    }
  });
  return problems;
}

/** Elements other than line breaks in a mermaid label: HTML that mermaid would render as HTML. */
export function htmlInLabels(code: string): string[] {
  const tags: string[] = [];
  visit(fromHtml(code, { fragment: true }), 'element', (el: Element) => {
    if (el.tagName !== 'br') tags.push(el.tagName);
  });
  return tags;
}
