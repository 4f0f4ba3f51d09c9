import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { citationNumbers, findCitations, sourceAnchor } from '../citations.ts';

/**
 * Renders pandoc-style citations `[@key]` / `[@a; @b]` as numbered superscript links to the
 * entry's "Sources" list. Numbers come from citationNumbers(), which also orders the link graph's
 * citations, so the page's source list and the markers always agree.
 */
export function remarkCitations() {
  return (tree: Root) => {
    const numbers = citationNumbers(tree);
    const numberOf = (key: string) => numbers.get(key) ?? 0;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const matches = findCitations(node.value);
      if (!matches.length) return;
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const m of matches) {
        // The space before a marker does not break: a marker never starts a line alone.
        if (m.index > last)
          out.push({ type: 'text', value: node.value.slice(last, m.index).replace(/\s+$/, '\u00a0') });
        out.push(citationNode(m.items.map(({ key, unconfirmed }) => ({ key, unconfirmed, n: numberOf(key) }))));
        last = m.index + m.length;
      }
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...out);
      return [SKIP, index + out.length];
    });
  };
}

/**
 * The one visible marker of a claim its source does not confirm: said to screen readers in the
 * label, to everyone else in the tooltip, and once per page in the provenance line above the text.
 */
const UNCONFIRMED_NOTE = 'attributed to this source by the guide; not confirmed in the source';
const UNCONFIRMED_TITLE = 'Unconfirmed: the guide attributes this to the source, but no readable copy of it says so';

function citationNode(refs: { key: string; n: number; unconfirmed: boolean }[]): PhrasingContent {
  const links = refs.map(({ key, n, unconfirmed }) => ({
    type: 'link' as const,
    url: `#${sourceAnchor(key)}`,
    data: {
      hProperties: {
        'aria-label': `source ${n}${unconfirmed ? `, ${UNCONFIRMED_NOTE}` : ''}`,
        'data-cite': key,
        ...(unconfirmed ? { title: UNCONFIRMED_TITLE } : {}),
      },
    },
    children: [{ type: 'text' as const, value: unconfirmed ? `${n} unconfirmed` : String(n) }],
  }));
  const children: PhrasingContent[] = [{ type: 'text', value: '[' }];
  links.forEach((link, i) => {
    if (i) children.push({ type: 'text', value: ', ' } as Text);
    children.push(link);
  });
  children.push({ type: 'text', value: ']' });
  // An emphasis node renamed to <sup>: mdast has no superscript, and hName is honoured by remark-rehype.
  return { type: 'emphasis', data: { hName: 'sup', hProperties: { className: ['cite'] } }, children };
}
