import { reviewQuestions } from '../../model/review-questions.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/*
 * A design-review question must lead somewhere: every question (an h3 with a `q-` id in a
 * framework entry) links at least one entry that helps answer it. The review kit shows a
 * question only for the challenges and stages of the entries it links, so one without links
 * would never appear in a kit.
 */
export function checkReviewQuestions({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    if (entry.collection !== 'frameworks') continue;
    for (const q of reviewQuestions(entry.facts)) {
      if (q.entries.length) continue;
      problems.push({
        file: entry.file,
        line: q.heading.line,
        column: 1,
        rule: 'question-without-links',
        message:
          `design-review question "${q.heading.text}" links no entry: under it, link the practices, ` +
          `techniques or challenges that help answer it, e.g. [Drift](/challenges/drift/)`,
      });
    }
  }
  return problems;
}
