import { MAX_NESTING } from '../../ingest/tree-shape.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * Sizes a page can be read at and built from. Astro's renderer recurses once per level, so a
 * list nested 250 deep crashed the build with a segmentation fault; no reader needs more than a
 * few levels. (Entry size is checked when the file is read; diagram size by diagram-safety.)
 */

export function checkLimits({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    const { nesting } = entry.facts;
    if (nesting.depth <= MAX_NESTING) continue;
    problems.push({
      file: entry.file,
      line: nesting.line,
      column: nesting.column,
      rule: 'nesting-depth',
      message:
        `lists, quotes and elements nest ${nesting.depth} levels deep from here (at most ${MAX_NESTING}): ` +
        `flatten the structure into sections, or split the list`,
    });
  }
  return problems;
}
