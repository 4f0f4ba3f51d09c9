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
  return problems;
}
