/**
 * Pandoc-style citations: `[@source-id]` or `[@a; @b]`. One parser for the remark plugin
 * that renders them, the link graph that counts them and the checks that verify them.
 */
export interface CitationMatch {
  /** Offset of the opening `[` in the text. */
  index: number;
  length: number;
  keys: string[];
}

const CITATION = /\[(@[^\]\s;]+(?:\s*;\s*@[^\]\s;]+)*)\]/g;

export function findCitations(text: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  for (const m of text.matchAll(CITATION)) {
    const keys = m[1]!.split(';').map((k) => k.trim().slice(1));
    matches.push({ index: m.index, length: m[0].length, keys });
  }
  return matches;
}

/** Keys in order of first appearance: the numbering readers see, [1], [2], ... */
export function citationOrder(texts: Iterable<string>): string[] {
  const order = new Set<string>();
  for (const text of texts) for (const m of findCitations(text)) for (const k of m.keys) order.add(k);
  return [...order];
}

/** The anchor of a source in an entry page's "Sources" list. */
export const sourceAnchor = (key: string) => `source-${key}`;
