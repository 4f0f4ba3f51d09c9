import type { Problem } from '../../report/problems.ts';
import { isInternalKind } from '../../schemas/vocab.ts';
import type { CheckContext } from './context.ts';

/**
 * The unconfirmed marker is driven by the source data. On a checked source, `[@id, unconfirmed: claim]`
 * must name an item of the source file's `guide_only` list, so that every marked claim is one the
 * guide really ties to the source, recorded with its guide line. A source never read (`checked:
 * false`) confirms nothing: every citation of it carries the marker, and the bare flag will do. A
 * claim id, where one is written, must exist either way. The team's own documents (postmortems and
 * the like) are read by the entry's author and tied to no guide line: the marker does not apply.
 */
export function checkUnconfirmed({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  for (const entry of content.entries) {
    for (const c of entry.facts.citations) {
      const source = sources.get(c.key);
      if (!source) continue; // an unknown key is reported by the references rule
      const at = { file: entry.file, line: c.line, column: c.column, rule: 'unconfirmed-citation' as const };
      const file = `content/sources/${c.key}.yaml`;
      const ids = source.guide_only.map((g) => g.id);
      const available = ids.length ? `its claims are: ${ids.join(', ')}` : 'it lists no `guide_only` claim';
      if (isInternalKind(source.kind)) {
        if (c.unconfirmed)
          problems.push({
            ...at,
            message:
              `${file} is the team's own ${source.kind}, which the guide does not cite, so nothing is left to ` +
              'confirm: drop `unconfirmed`',
          });
        continue;
      }
      if (!c.unconfirmed) {
        if (!source.checked)
          problems.push({
            ...at,
            message:
              `${file} was not checked (\`checked: false\`): cite it as [@${c.key}, unconfirmed], or read the ` +
              `source and record what it says`,
          });
        continue;
      }
      if (c.claim !== undefined) {
        if (!ids.includes(c.claim))
          problems.push({
            ...at,
            message:
              `[@${c.key}, unconfirmed: ${c.claim}] names a claim that ${file} does not list (${available}): ` +
              `name one of them, or add the claim to its \`guide_only\` with the guide line that attributes it`,
          });
        continue;
      }
      if (source.checked)
        problems.push({
          ...at,
          message: ids.length
            ? `[@${c.key}, unconfirmed] names no claim: write [@${c.key}, unconfirmed: <id>] with the id of the ` +
              `\`guide_only\` item of ${file} it states (${available}), or drop the flag if the source confirms it`
            : `[@${c.key}, unconfirmed] marks a claim the source does not confirm, but ${file} lists no ` +
              `\`guide_only\` claim: record the claim there (id, claim, guide_line) and name its id, or drop the ` +
              `flag if the source confirms it`,
        });
    }
  }
  return problems;
}
