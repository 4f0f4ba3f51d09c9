import type { FootnoteDefinition, PhrasingContent } from 'mdast';
import { toGfm } from '../ingest/markdown-twin.ts';

/*
 * The footnote definitions under an entry's Markdown twin and its part of llms-full.txt: one per
 * cited source, in the order the body's `[^source-id]` references (src/ingest/markdown-twin.ts)
 * first name them.
 */

/** One cited source as its footnote says it: title (linked where a URL was confirmed), year, who, notes. */
export interface FootnoteSource {
  id: string;
  title: string;
  url: string | null;
  year: number | null;
  publisher: string;
  notes: string[];
}

/** One source's footnote definition, as an mdast node. */
export function footnoteDefinition(s: FootnoteSource): FootnoteDefinition {
  const title: PhrasingContent = { type: 'text', value: s.title };
  const rest = [s.year ? ` (${s.year}).` : '.', ` ${s.publisher}.`, ...s.notes.map((n) => ` ${n}.`)].join('');
  return {
    type: 'footnoteDefinition',
    identifier: s.id,
    label: s.id,
    children: [
      {
        type: 'paragraph',
        children: [s.url ? { type: 'link', url: s.url, children: [title] } : title, { type: 'text', value: rest }],
      },
    ],
  };
}

/*
 * Each definition is serialised once per build and process, keyed by everything it is made of:
 * a source is cited by many entries, and its twins and llms-full.txt print it again each time
 * (serialising them took 1 s of the pages' 6.5 s at 1,000 entries). The serialiser puts one blank
 * line between definitions, so joining the single ones gives the same text as serialising the list
 * (test/unit/kb-text.test.ts holds the two equal). The key is the whole input, so nothing can be stale.
 */
const serialised = new Map<string, string>();
function definitionText(s: FootnoteSource): string {
  const key = JSON.stringify([s.id, s.title, s.url, s.year, s.publisher, s.notes]);
  let text = serialised.get(key);
  if (text === undefined) {
    text = toGfm({ type: 'root', children: [footnoteDefinition(s)] }).replace(/\n$/, '');
    serialised.set(key, text);
  }
  return text;
}

/** The footnote definitions the body's `[^source-id]` references point to, in citation order. */
export function sourceFootnotes(sources: FootnoteSource[]): string {
  if (!sources.length) return '';
  return `${sources.map(definitionText).join('\n\n')}\n`;
}
