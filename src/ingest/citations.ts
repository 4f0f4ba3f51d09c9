import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Pandoc-style citations: `[@source-id]` or `[@a; @b]`. One parser for the remark plugin
 * that renders them, the link graph that counts them and the checks that verify them.
 *
 * A key may carry the flag `, unconfirmed: <claim-id>` (`[@a, unconfirmed: multi-tower; @b]`): the
 * claim is the guide's attribution to that source, which the source's own text does not confirm.
 * The page marks it; the claim id names an item of the source file's `guide_only` list. A source
 * never read (`checked: false`) takes the bare flag `[@a, unconfirmed]`: there is nothing to name.
 */
interface CitationItem {
  key: string;
  unconfirmed: boolean;
  /** The `guide_only` item the flag names; undefined for the bare flag. */
  claim?: string | undefined;
}

interface CitationMatch {
  /** Offset of the opening `[` in the text. */
  index: number;
  length: number;
  keys: string[];
  items: CitationItem[];
}

const UNCONFIRMED_FLAG = 'unconfirmed';
// The claim id is read loosely (anything up to `]`, `;`, `,` or a space) so that a misspelt id is
// still a citation, which the check then names, rather than text that silently is not one.
const ITEM = String.raw`@[^\]\s;,]+(?:\s*,\s*${UNCONFIRMED_FLAG}(?:\s*:\s*[^\]\s;,]+)?)?`;
const CITATION = new RegExp(String.raw`\[(${ITEM}(?:\s*;\s*${ITEM})*)\]`, 'g');

export function findCitations(text: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  // Every citation opens with `[@`: most text nodes have none, and a search for it costs far less than the pattern.
  if (!text.includes('[@')) return matches;
  for (const m of text.matchAll(CITATION)) {
    const items = m[1]!.split(';').map((part) => {
      const [key, flag = ''] = part.split(',').map((s) => s.trim());
      const [name, claim] = flag.split(':').map((s) => s.trim());
      return { key: key!.slice(1), unconfirmed: name === UNCONFIRMED_FLAG, claim };
    });
    matches.push({ index: m.index, length: m[0].length, keys: items.map((i) => i.key), items });
  }
  return matches;
}

/**
 * The number of each cited source on a page: 1, 2, 3... by first appearance in the text. The one
 * numbering for the markers (remark-citations.ts) and the page's Sources list (the link graph).
 */
export function citationNumbers(tree: Root): Map<string, number> {
  const numbers = new Map<string, number>();
  visit(tree, 'text', (node: Text) => {
    for (const m of findCitations(node.value))
      for (const key of m.keys) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  });
  return numbers;
}

/** The anchor of a source in an entry page's "Sources" list. */
export const sourceAnchor = (key: string) => `source-${key}`;
