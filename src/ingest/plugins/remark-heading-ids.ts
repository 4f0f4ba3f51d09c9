import type { PhrasingContent, Root } from 'mdast';
import { headingIds, splitPinnedId } from '../heading-ids.ts';

/**
 * Gives every heading the id the checks expect (src/ingest/heading-ids.ts, one function for both), and
 * moves a trailing `{#id #old-id}` off its text: each further id becomes an empty anchor at the
 * start of the heading, so old links still land on the section. Astro's slugger keeps ids set here.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const { node, id, pinned, aliases } of headingIds(tree)) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (!pinned) continue;
      const last = node.children.at(-1);
      if (last?.type === 'text') last.value = splitPinnedId(last.value).text;
      const anchors: PhrasingContent[] = aliases.map((alias) => ({
        type: 'emphasis',
        children: [],
        data: { hName: 'span', hProperties: { id: alias, 'data-anchor-alias': id } },
      }));
      node.children.unshift(...anchors);
    }
  };
}
