import type { Element } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';

/**
 * A visible "#" link after every h2 and h3, so any section can be linked from a design review.
 * Ids are assigned beforehand by Astro's `rehypeHeadingIds` (github-slugger).
 */
export function rehypeHeadingAnchors() {
  return rehypeAutolinkHeadings({
    behavior: 'append',
    test: ['h2', 'h3'],
    properties: (el: Element) => ({ className: ['heading-anchor'], 'aria-label': `Link to this section` , 'data-pagefind-ignore': '' , title: `Link to “${String(el.properties.id ?? '')}”` }),
    content: { type: 'text', value: '#' },
  });
}
