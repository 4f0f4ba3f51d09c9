import { keyOf } from '../../model/graph.ts';
import { refsOf } from '../../model/graph-entry.ts';
import type { Problem } from '../../report/problems.ts';
import { CASE_RECORD_FIELDS } from '../../schemas/collections.ts';
import type { CheckContext } from './context.ts';

/**
 * Each list in the frontmatter, each point of the outline and each citation bracket names a thing
 * once, and an entry never names itself. A repeat puts the same link twice on the page, or hides the other id the
 * author meant to write; an entry that is `related` to itself sends the reader back to the page
 * they are on. Said at the repeat, with the field: the first mention stays.
 */
export function checkRepeatedReferences({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const check =
    (file: string, locate: (path: (string | number)[]) => { line: number; column: number }) =>
    (field: string, keys: string[], self?: string) =>
      keys.forEach((key, i) => {
        const named = key.split('/').at(-1);
        const message =
          key === self
            ? `\`${field}\` names this entry itself: remove it`
            : keys.indexOf(key) < i
              ? `\`${field}\` lists "${named}" twice: remove this one, or write the id you meant`
              : undefined;
        if (message) problems.push({ file, ...locate([field, i]), rule: 'repeated-reference', message });
      });

  for (const entry of content.entries) {
    const list = check(entry.file, (path) => entry.yaml.locate(path));
    const refs = new Map<string, string[]>();
    for (const ref of refsOf(entry)) refs.set(ref.field, [...(refs.get(ref.field) ?? []), keyOf(ref)]);
    for (const [field, keys] of refs) list(field, keys, `${entry.collection}/${entry.id}`);
    list('tags', entry.data.tags);
    if ('stages' in entry.data) list('stages', entry.data.stages);
    if ('guide' in entry.data) list('guide', entry.data.guide);
    // Items of one bracket share its place: the same key twice there prints the same number twice.
    const cited = new Set<string>();
    for (const { key, line, column } of entry.facts.citations) {
      const at = `${line}:${column}:${key}`;
      if (cited.has(at))
        problems.push({
          file: entry.file,
          line,
          column,
          rule: 'repeated-reference',
          message: `[@${key}] is cited twice in one bracket: remove one`,
        });
      cited.add(at);
    }
  }
  for (const section of content.outline)
    for (const [p, point] of section.data.points.entries())
      point.entries.forEach((key, i) => {
        if (point.entries.indexOf(key) < i)
          problems.push({
            file: section.file,
            line: section.line,
            column: 1,
            rule: 'repeated-reference',
            message: `point ${p + 1} of section "${section.id}" lists ${key} twice: remove one`,
          });
      });
  for (const source of content.sources) {
    const list = check(source.file, (path) => source.yaml.locate(path));
    for (const field of CASE_RECORD_FIELDS) list(field, source.data[field].map(keyOf));
  }
  return problems;
}
