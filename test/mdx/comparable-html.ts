import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Two renderings of one body as comparable text: each is parsed as an HTML fragment and printed
 * again by one printer, so only what a browser would read can differ (an entity written `&lt;` or
 * `&#x3C;`, an empty attribute written bare or as `=""`). Inline styles are printed by each side
 * in its own spacing (`a:b` or `a: b;`): their declarations are compared, not their spacing.
 * Everything else, text and whitespace included, must be the same.
 */
export function comparableHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  normalise(tree);
  return toHtml(tree);
}

function normalise(node: Nodes): void {
  if (node.type === 'element') normaliseStyle(node);
  if ('children' in node) for (const child of node.children) normalise(child);
}

function normaliseStyle(node: Element): void {
  const style = node.properties.style;
  if (typeof style !== 'string') return;
  node.properties.style = style
    .split(';')
    .map((d) => d.trim().replace(/\s*:\s*/, ':'))
    .filter(Boolean)
    .join(';');
}
