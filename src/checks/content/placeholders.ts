import { PLACEHOLDER } from '../../author/skeleton.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * `npm run new` writes `TODO:` wherever only the author can write the text (a summary, a
 * section, a source's year). Each one left is reported where it stands, so a new entry cannot be
 * published half-written, and the list of them is the author's to-do list.
 */
export function checkPlaceholders({ content }: CheckContext): Problem[] {
  return [...content.entries, ...content.sources].flatMap(({ file, text }) =>
    text.split('\n').flatMap((line, i) => {
      const column = line.indexOf(PLACEHOLDER);
      if (column < 0) return [];
      const what = line
        .slice(column + PLACEHOLDER.length)
        .replace(/["']\s*$/, '')
        .trim();
      return [
        {
          file,
          line: i + 1,
          column: column + 1,
          rule: 'placeholder' as const,
          message: `a placeholder is left here ("${PLACEHOLDER} ${what}"): replace it with your own text`,
        },
      ];
    }),
  );
}
