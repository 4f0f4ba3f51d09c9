import { findCitations } from '../../ingest/citations.ts';
import type { LoadedSource } from '../../ingest/load-records.ts';
import { FIGURE, isYear, numbersIn, wordsOf } from '../../ingest/words.ts';
import type { Problem } from '../../report/problems.ts';
import { REGISTRY } from '../../schemas/registry.ts';
import type { CheckContext } from './context.ts';

/**
 * Traceable figures. A number in an entry's prose (a percentage, count, amount, duration or size)
 * must be recorded in the case data of a source cited in the same paragraph, list item or table
 * row, or in the guide's outline points. An invented figure, or one quoted from memory, fails.
 * (Uncited figures are the claims rule's business; this rule checks that the citation bears it out.)
 */
export function checkFigures({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const known = new Map<string, Set<string>>();
  const numbersOf = (source: LoadedSource) =>
    known.get(source.id) ?? known.set(source.id, new Set(numbersIn(caseText(source)))).get(source.id)!;
  const outline = new Set(content.outline.flatMap((s) => s.data.points.flatMap((p) => numbersIn(p.label))));

  for (const entry of content.entries.filter((e) => REGISTRY[e.collection].attributed)) {
    for (const block of entry.facts.blocks) {
      const cited = findCitations(block.text)
        .flatMap((m) => m.keys)
        .map((k) => sources.get(k))
        .filter((s) => s !== undefined);
      if (!cited.length) continue;
      for (const figure of wordsOf(block.text).filter((w) => FIGURE.test(w))) {
        const missing = numbersIn(figure).filter(
          (n) => !isYear(n) && !outline.has(n) && !cited.some((s) => numbersOf(s).has(n)),
        );
        if (!missing.length) continue;
        const keys = cited.map((s) => s.id).join(', ');
        problems.push({
          file: entry.file,
          line: block.line,
          column: block.column,
          rule: 'untraced-figure',
          message:
            `the figure "${figure}" is not recorded in the case data of ${keys}: add it, as the source states ` +
            `it, to that source's \`results\`, \`scale\` or \`approach\`, or cite the source that states it`,
        });
      }
    }
  }
  return problems;
}

/** Everything a source file records about what the source says, as one text. */
function caseText({ data }: LoadedSource): string {
  return [
    data.title,
    data.note,
    data.problem,
    data.scale,
    data.approach,
    ...data.results,
    ...data.guide_only.map((c) => c.claim),
  ]
    .filter(Boolean)
    .join('\n');
}
