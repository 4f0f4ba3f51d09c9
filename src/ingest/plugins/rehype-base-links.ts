import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Authors write root-relative links (`/challenges/cold-start/`); the site may be served under a
 * sub-path (`base`). This prefixes every root-relative href and src so links survive deployment.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      // xLinkHref: links inside inline SVG diagrams.
      for (const attr of ['href', 'src', 'xLinkHref'] as const) {
        const value = node.properties[attr];
        if (
          typeof value === 'string' &&
          value.startsWith('/') &&
          !value.startsWith('//') &&
          !value.startsWith(`${base}/`)
        ) {
          node.properties[attr] = base + value;
        }
      }
    });
  };
}
