import { keyOf } from '../../model/graph.ts';
import type { Problem } from '../../report/problems.ts';
import { CASE_RECORD_FIELDS } from '../../schemas/collections.ts';
import { type CheckContext, suggest } from './context.ts';

/**
 * A case study's record (its `challenges`, `practices` and `techniques`) names entries that exist
 * and that cite it: the company and challenge views are computed from these records, so a record
 * may claim only what an entry tells of the case. An entry that cites the case need not be listed
 * (it may cite it for a side remark, which is what the records keep out of those views).
 */
export function checkCaseRecords({ content, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const source of content.sources) {
    const citing = new Set((graph.citing.get(source.id) ?? []).map(keyOf));
    for (const field of CASE_RECORD_FIELDS) {
      source.data[field].forEach((ref, i) => {
        const at = { file: source.file, ...source.yaml.locate([field, i]) };
        const key = keyOf(ref);
        if (!graph.entries.has(key)) {
          const ids = [...graph.entries.values()].filter((e) => e.collection === field).map((e) => e.id);
          problems.push({
            ...at,
            rule: 'unknown-reference',
            message: `\`${field}\` names "${ref.id}", but there is no content/${key}.mdx${suggest(ref.id, ids)}: fix the id`,
          });
        } else if (!citing.has(key))
          problems.push({
            ...at,
            rule: 'case-record',
            message:
              `\`${field}\` lists ${key}, which does not cite this source: cite it there where the case is told ` +
              `([@${source.id}]), or remove it from the list`,
          });
      });
    }
  }
  return [...problems, ...checkSameCase(content)];
}

/**
 * `same_case_as` names the source that stands for the case, of the same organisation, which is not
 * itself another write-up: the review kit lists a case once, under that source, so a chain or a
 * pairing across companies would merge cases that differ.
 */
function checkSameCase(content: CheckContext['content']): Problem[] {
  const byId = new Map(content.sources.map((s) => [s.id, s]));
  return content.sources.flatMap((source): Problem[] => {
    const target = source.data.same_case_as;
    if (target === undefined) return [];
    const other = byId.get(target);
    const wrong =
      target === source.id
        ? 'names this source itself: name the other write-up of the case, or remove the field'
        : !other
          ? `names "${target}", but there is no content/sources/${target}.yaml${suggest(target, byId.keys())}: fix the id`
          : other.data.organisation?.id !== source.data.organisation?.id
            ? `names ${target}, a source of another organisation: only write-ups of one company's case are the same case`
            : other.data.same_case_as
              ? `names ${target}, which is itself a copy of ${other.data.same_case_as}: name ${other.data.same_case_as}`
              : other.data.role === 'reference'
                ? `names ${target}, a reference, not a case study: name a case study, or remove the field`
                : undefined;
    if (!wrong) return [];
    return [
      {
        file: source.file,
        ...source.yaml.locate(['same_case_as']),
        rule: 'same-case',
        message: `\`same_case_as\` ${wrong}`,
      },
    ];
  });
}
