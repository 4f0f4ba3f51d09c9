import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * A body's headings start at `##` and go down one level at a time. The page's one `#` heading is
 * the entry's `title:`; a `#` in the body would be a second title, and a skipped level (a `####`
 * under a `##`) leaves a hole in the page's outline, which screen readers navigate by and the
 * contents rail is built from.
 */
export function checkHeadingLevels({ content }: CheckContext): Problem[] {
  return content.entries.flatMap((entry) => {
    let above = 1;
    return entry.facts.headings.flatMap(({ depth, text, line, column }): Problem[] => {
      const marks = '#'.repeat(depth);
      const message =
        depth === 1
          ? `\`# ${text}\` is a second title (the page's title is \`title:\`): make it a section, \`## ${text}\``
          : depth > above + 1
            ? `\`${marks} ${text}\` skips a level under a \`${'#'.repeat(above)}\` heading: make it ` +
              `\`${'#'.repeat(above + 1)} ${text}\``
            : undefined;
      above = Math.max(depth, 2);
      return message ? [{ file: entry.file, line, column, rule: 'heading-level', message }] : [];
    });
  });
}
