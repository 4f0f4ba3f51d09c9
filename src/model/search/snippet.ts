import { markWords, type Segment, termOf } from './highlight.ts';
import { STOP_WORDS } from './options.ts';
import type { PagefindData } from './run.ts';

/**
 * A result's snippet, chosen here rather than taken from Pagefind's excerpt, which favours the
 * page's opening: the title and the summary the result already shows above it. The snippet is the
 * window of the page's prose that holds the most distinct query words (then the phrase, then most
 * matches), after that opening; a window in a section with a heading wins a tie over one before the
 * first heading, where a source page keeps its byline. Card chrome (bylines on case cards, "Cited
 * by", field labels, the guidance label) is kept out of the index where it is rendered
 * (data-pagefind-ignore); citation markers, which the index keeps, are dropped from the snippet.
 * Pagefind's `content` split on whitespace is what its `locations` count in.
 */
const SNIPPET_WORDS = 24;
const CONTEXT = 4;
const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** How many words of `content` repeat the title (once or twice) and then the summary. */
function openingLength(content: string[], title: string, summary: string): number {
  let at = 0;
  const consume = (text: string) => {
    const want = text.split(/\s+/).map(norm).filter(Boolean);
    let i = at;
    for (const w of want) {
      while (i < content.length && !norm(content[i]!)) i++;
      if (norm(content[i] ?? '') !== w) return false;
      i++;
    }
    at = i;
    return want.length > 0;
  };
  if (consume(title)) consume(title);
  consume(summary);
  return at;
}

export function snippet(d: PagefindData, terms: string[], size = SNIPPET_WORDS): Segment[] {
  const content = d.content.split(/\s+/);
  const from = openingLength(content, d.meta.title ?? '', d.meta.summary ?? '');
  // Pagefind locates the query's filler words too; those are not worth a mark.
  const located = new Set(d.locations.filter((i) => !STOP_WORDS.has(norm(content[i] ?? ''))));
  const firstHeading = Math.min(...d.anchors.map((a) => a.location), content.length);
  const termAt = content.map((w) => termOf(w, terms));
  const hit = (i: number) => termAt[i]! >= 0 || located.has(i);
  let best: { start: number; score: number[] } | undefined;
  for (let i = from; i < content.length; i++) {
    if (!hit(i)) continue;
    const start = Math.max(from, i - CONTEXT);
    const end = Math.min(content.length, start + size);
    const distinct = new Set<number>();
    let matches = 0;
    let phrase = 0;
    for (let j = start; j < end; j++) {
      if (!hit(j)) continue;
      matches++;
      if (termAt[j]! >= 0) distinct.add(termAt[j]!);
      if (j > start && termAt[j]! >= 0 && termAt[j] === termAt[j - 1]! + 1) phrase++;
    }
    const score = [distinct.size, phrase, start >= firstHeading ? 1 : 0, matches];
    if (!best || isBetter(score, best.score)) best = { start, score };
  }
  if (!best) return [];
  const end = Math.min(content.length, best.start + size);
  const kept = withoutCitations(content, best.start, end);
  const text = kept.map((i) => content[i]).join(' ');
  const segments = markWords(text, terms, (i) => located.has(kept[i]!));
  if (best.start > from) segments.unshift({ text: '… ', mark: false });
  if (end < content.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/**
 * The indexes of the words from `start` to `end` that are not citation markers ("[1]", "[3
 * unconfirmed, 4]", src/ingest/plugins/remark-citations.ts): they say nothing in a snippet.
 * Punctuation after a marker ("[1].") stays with the word before it.
 */
function withoutCitations(content: string[], start: number, end: number): number[] {
  const kept: number[] = [];
  let inMarker = false;
  for (let i = start; i < end; i++) {
    const w = content[i]!;
    if (!inMarker && /^\[\d/.test(w)) inMarker = true;
    if (!inMarker) kept.push(i);
    else if (w.includes(']')) {
      inMarker = false;
      const after = w.slice(w.indexOf(']') + 1);
      if (after && kept.length) content[kept.at(-1)!] += after;
    }
  }
  return kept;
}

const isBetter = (a: number[], b: number[]) => {
  const k = a.findIndex((x, i) => x !== b[i]);
  return k >= 0 && a[k]! > b[k]!;
};
