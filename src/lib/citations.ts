/**
 * Pandoc-style citations: `[@source-id]` or `[@a; @b]`. One parser for the remark plugin
 * that renders them, the link graph that counts them and the checks that verify them.
 *
 * A key may carry the flag `, unconfirmed` (`[@a, unconfirmed; @b]`): the claim is the guide's
 * attribution to that source, which the source's own text does not confirm. The page marks it;
 * the source file must list the claim under `guide_only` (or be unchecked).
 */
export interface CitationItem {
  key: string;
  unconfirmed: boolean;
}

export interface CitationMatch {
  /** Offset of the opening `[` in the text. */
  index: number;
  length: number;
  keys: string[];
  items: CitationItem[];
}

export const UNCONFIRMED_FLAG = 'unconfirmed';
const ITEM = String.raw`@[^\]\s;,]+(?:\s*,\s*${UNCONFIRMED_FLAG})?`;
const CITATION = new RegExp(String.raw`\[(${ITEM}(?:\s*;\s*${ITEM})*)\]`, 'g');

export function findCitations(text: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  for (const m of text.matchAll(CITATION)) {
    const items = m[1]!.split(';').map((part) => {
      const [key, flag] = part.split(',').map((s) => s.trim());
      return { key: key!.slice(1), unconfirmed: flag === UNCONFIRMED_FLAG };
    });
    matches.push({ index: m.index, length: m[0].length, keys: items.map((i) => i.key), items });
  }
  return matches;
}

/** The anchor of a source in an entry page's "Sources" list. */
export const sourceAnchor = (key: string) => `source-${key}`;
