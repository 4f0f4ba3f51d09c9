import { findCitations } from './citations.ts';

/**
 * Words and figures of a block of prose, shared by the claim, shape and figure checks so that
 * all of them count the same words: citations are not words, punctuation alone is not a word.
 */
export function wordsOf(text: string): string[] {
  for (const m of findCitations(text).reverse()) text = text.slice(0, m.index) + text.slice(m.index + m.length);
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A figure: a token that starts with a digit once brackets and signs are stripped (97%, 3 MB, 2020), not F1 or L2. */
export const FIGURE = /^[([~≈<>≥≤±$€£-]*\d/;

/**
 * The numbers in a text, normalised so that "1,000", "1000" and "1 000." compare equal; a
 * decimal point stays. Used to trace a figure in an entry to the source data that states it.
 */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,\u202f]*(?:\.\d+)?/g)].map((m) => m[0].replace(/[,\u202f]/g, ''));
}

/** A bare year such as 2019 is a date, not a measured figure. */
export const isYear = (n: string) => /^(19|20)\d\d$/.test(n);

interface Prose {
  blocks: { text: string; header: boolean }[];
  headings: { text: string }[];
}

/** Words of prose in a body: its paragraphs, list items and table rows (not table headers). */
export const proseWords = (body: Prose) =>
  body.blocks.filter((b) => !b.header).reduce((n, b) => n + wordsOf(b.text).length, 0);

/** How often a body talks about "the guide" instead of the lesson, headings included. */
export const guideMentions = (body: Prose) =>
  [...body.blocks.map((b) => b.text), ...body.headings.map((h) => h.text)].reduce(
    (n, text) => n + (text.match(/\bthe guide\b/gi)?.length ?? 0),
    0,
  );
