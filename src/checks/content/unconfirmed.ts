import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * The unconfirmed marker is driven by the source data. `[@id, unconfirmed]` is allowed only where
 * the source file records claims it does not confirm (`guide_only`) or was never read
 * (`checked: false`); and every citation of an unread source carries the marker, so a reader
 * never takes an unchecked attribution for a checked one.
 */
export function checkUnconfirmed({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  for (const entry of content.entries) {
    for (const c of entry.facts.citations) {
      const source = sources.get(c.key);
      if (!source) continue; // an unknown key is reported by the references rule
      const at = { file: entry.file, line: c.line, column: c.column, rule: 'unconfirmed-citation' as const };
      if (c.unconfirmed && source.checked && !source.guide_only.length)
        problems.push({
          ...at,
          message:
            `[@${c.key}, unconfirmed] marks a claim the source does not confirm, but ` +
            `content/sources/${c.key}.yaml lists no \`guide_only\` claim: record the claim there, or drop the flag ` +
            `if the source confirms it`,
        });
      if (!c.unconfirmed && !source.checked)
        problems.push({
          ...at,
          message:
            `content/sources/${c.key}.yaml was not checked (\`checked: false\`): cite it as [@${c.key}, ` +
            `unconfirmed], or read the source and record what it says`,
        });
    }
  }
  return problems;
}
