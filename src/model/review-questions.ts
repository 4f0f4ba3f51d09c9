import type { BodyHeading, GraphFacts } from '../ingest/body-facts.ts';
import { entryKeyFromHref } from './graph.ts';

/*
 * Design-review questions are the h3 headings of a framework entry whose pinned ids start with
 * `q-` (`### How could the model fail? \{#q-failure-modes}`); the entries linked under a question,
 * before the next heading, are the entries that help answer it. The review kit and the
 * `question-without-links` check both read them from here.
 */
const QUESTION_ID = /^q-/;

interface ReviewQuestion {
  heading: BodyHeading;
  /** Entry keys linked in the question's section, in order, each once: `challenges/drift`. */
  entries: string[];
  /** Those links as written, with their #fragments. */
  hrefs: string[];
}

export function reviewQuestions(facts: GraphFacts): ReviewQuestion[] {
  const headings = [...facts.headings].sort((a, b) => a.line - b.line);
  return headings.flatMap((heading, i) => {
    if (heading.depth !== 3 || !QUESTION_ID.test(heading.slug)) return [];
    const end = headings[i + 1]?.line ?? Infinity;
    const hrefs = facts.links
      .filter((l) => l.line > heading.line && l.line < end && entryKeyFromHref(l.href))
      .map((l) => l.href);
    const entries = [...new Set(hrefs.map((h) => entryKeyFromHref(h)!))];
    return [{ heading, entries, hrefs }];
  });
}
