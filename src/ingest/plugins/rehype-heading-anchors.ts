import type { Element, Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { visit } from 'unist-util-visit';

/**
 * Deep links on every h2 and h3: rehype-autolink-headings appends a visible "#" link to the
 * section (a plain link without JavaScript; with it, a click also copies the full URL), and a
 * button follows that copies a Markdown link to the section. Ids come from Astro's
 * rehypeHeadingIds (github-slugger) or a pinned `{#id}`.
 */
const isSectionHeading = (node: Element) =>
  ['h2', 'h3'].includes(node.tagName) && typeof node.properties.id === 'string';

export function rehypeHeadingAnchors() {
  const autolink = rehypeAutolinkHeadings({
    behavior: 'append',
    test: isSectionHeading,
    properties: {
      className: ['heading-anchor'],
      'data-copy': 'url',
      'aria-label': 'Link to this section (click to copy)',
      'data-pagefind-ignore': '',
    },
    content: { type: 'text', value: '#' },
  });
  return (tree: Root) => {
    autolink(tree);
    visit(tree, 'element', (node: Element) => {
      if (!isSectionHeading(node)) return;
      node.children.push({
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['heading-copy-md'],
          'data-copy': 'md',
          'aria-label': 'Copy a Markdown link to this section',
          'data-pagefind-ignore': '',
        },
        children: [{ type: 'text', value: 'md' }],
      });
    });
  };
}
