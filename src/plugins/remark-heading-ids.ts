import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitPinnedId } from '../lib/heading-ids.ts';

/**
 * Moves a trailing `{#id}` off a heading's text and onto its id, before Astro's slugger runs
 * (it keeps ids that are already set). The same parser feeds the link checks.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const { text, id } = splitPinnedId(last.value);
      if (!id) return;
      last.value = text;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
