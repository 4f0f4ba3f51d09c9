import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Authors write root-relative links (`/challenges/cold-start/`); the site may be served under a
 * sub-path (`base`). This prefixes every root-relative href and src so links survive deployment,
 * and gives a link to a page the trailing slash of its address (`/challenges/cold-start` →
 * `/challenges/cold-start/`): the site's URLs end in one (`trailingSlash: 'always'`), so without it
 * the link is a 404 in `npm run dev` and `astro preview`, and a redirect at best once deployed.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      // xLinkHref: links inside inline SVG diagrams.
      for (const attr of ['href', 'src', 'xLinkHref'] as const) {
        const value = node.properties[attr];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
        const path = attr === 'src' ? value : withTrailingSlash(value);
        node.properties[attr] = base && !path.startsWith(`${base}/`) ? base + path : path;
      }
    });
  };
}

/** `/a/b#x` → `/a/b/#x`; a file (`/og/card.jpg`, `/kb.json`) or a path that ends in `/` stays as it is. */
function withTrailingSlash(href: string): string {
  const end = href.search(/[?#]/);
  const path = end < 0 ? href : href.slice(0, end);
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last === '' || last.includes('.')) return href;
  return `${path}/${end < 0 ? '' : href.slice(end)}`;
}
