import { isLayoutId } from '../../model/layout-ids.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * A heading (or an element id) in the text must not take an id the page layout uses: with two
 * elements sharing `#sources`, every citation link would jump to the heading, not the list.
 */
export function checkLayoutIds({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    const body = entry.facts;
    for (const h of body.headings) {
      for (const id of [h.slug, ...h.aliases].filter(isLayoutId)) {
        problems.push({
          file: entry.file,
          line: h.line,
          column: h.column,
          rule: 'layout-id',
          message:
            `heading anchor #${id} is an id the page layout already uses: reword the heading, or pin another ` +
            `id with \\{#other-id}`,
        });
      }
    }
    for (const el of body.ids.filter((e) => isLayoutId(e.id))) {
      problems.push({
        file: entry.file,
        line: el.line,
        column: el.column,
        rule: 'layout-id',
        message: `id="${el.id}" is an id the page layout already uses: choose another id`,
      });
    }
  }
  return problems;
}
