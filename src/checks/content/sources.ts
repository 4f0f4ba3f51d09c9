import type { Problem } from '../../report/problems.ts';
import { REGISTRY } from '../../schemas/registry.ts';
import type { CheckContext } from './context.ts';

/**
 * Sources and attribution: every lesson entry cites a source (unless all it says is marked as
 * unattributed guidance), every source is cited somewhere, every company has a source.
 */
export function checkSources({ content, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries.filter((e) => REGISTRY[e.collection].attributed)) {
    const body = entry.facts;
    if (!body.read) continue; // its syntax error or nesting is reported instead
    const onlyGuidance = body.blocks.every((b) => b.guidance || b.linkOnly) && body.blocks.some((b) => b.guidance);
    if (body.citations.length === 0 && !onlyGuidance)
      problems.push({
        file: entry.file,
        line: entry.facts.bodyLine,
        column: 1,
        rule: 'no-citation',
        message:
          'this entry cites no source: add a citation such as [@doordash-item-tagging], or mark unattributed advice ' +
          'with <Guidance>',
      });
  }
  const cited = new Set(graph.citing.keys());
  for (const source of content.sources) {
    const fix = `cite it with [@${source.id}] where its lesson is told, or delete the file`;
    if (!cited.has(source.id))
      problems.push({
        file: source.file,
        line: 1,
        column: 1,
        rule: 'unused-source',
        message: `no entry cites this source: ${fix}`,
      });
  }
  const withSources = new Set(content.sources.map((s) => s.data.organisation?.id));
  for (const company of content.entries.filter((e) => e.collection === 'companies')) {
    if (!withSources.has(company.id))
      problems.push({
        file: company.file,
        line: 1,
        column: 1,
        rule: 'company-without-source',
        message:
          `no source in content/sources/ has \`organisation: ${company.id}\`: add the case study this company ` +
          `is cited for`,
      });
  }
  return problems;
}
