import type { Heading, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitPinnedId } from '../lib/heading-ids.ts';

/**
 * Moves a trailing `{#id #old-id}` off a heading's text: the first id becomes the heading's id
 * (before Astro's slugger runs, which keeps ids already set); each further id becomes an empty
 * anchor at the start of the heading, so old links still land on the section.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const { text, id, aliases } = splitPinnedId(last.value);
      if (!id) return;
      last.value = text;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      const anchors: PhrasingContent[] = aliases.map((alias) => ({
        type: 'emphasis', children: [],
        data: { hName: 'span', hProperties: { id: alias, 'data-anchor-alias': id } },
      }));
      node.children.unshift(...anchors);
    });
  };
}
