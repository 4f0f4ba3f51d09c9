import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * Each `guide_only` claim names the guide line that attributes it. Offline, without the guide, the
 * line must at least be one the outline carries as a point: content/outline.yaml has a point for
 * every attributed line (the audit holds it to that), so a line it lacks attributes nothing, or is
 * a typo. Whether the line names the source's organisation is checked by `npm run audit`.
 */
export function checkGuideOnlyLines({ content }: CheckContext): Problem[] {
  if (content.unreadable.has('outline')) return []; // the outline's own problem is reported
  const carried = new Set(content.outline.flatMap((s) => s.data.points.map((p) => p.line)));
  const problems: Problem[] = [];
  for (const source of content.sources) {
    source.data.guide_only.forEach((claim, i) => {
      if (carried.has(claim.guide_line)) return;
      problems.push({
        file: source.file,
        ...source.yaml.locate(['guide_only', i, 'guide_line']),
        rule: 'guide-only-line',
        message:
          `claim \`${claim.id}\` names guide line ${claim.guide_line}, which no point of content/outline.yaml ` +
          `carries, so it attributes nothing: open the guide at the line that names this source's organisation ` +
          `for the claim (sed -n ${claim.guide_line}p guide.md) and write its number`,
      });
    });
  }
  return problems;
}
