import { cachedDiagram, isLinkedDiagram, THEMES } from '../../ingest/diagrams/cache.ts';
import { diagramSize } from '../../ingest/diagrams/parse.ts';
import { htmlInLabels, svgProblems } from '../../ingest/diagrams/svg-safety.ts';
import { linkProblem } from '../../ingest/safe-urls.ts';
import type { Problem } from '../../report/problems.ts';
import type { RuleId } from '../../report/rules.ts';
import type { CheckContext } from './context.ts';

/**
 * Diagrams are plain text in plain SVG: labels hold no HTML, no directive switches HTML labels
 * back on, `click` opens pages rather than calling code, the diagram stays small enough to read
 * (a 500-node diagram makes a 1 MB page), and the committed SVG that will be inlined is safe.
 */
const DIAGRAM_LIMITS = { nodes: 80, edges: 160, statements: 250 };

export async function checkDiagramSafety({ content }: CheckContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    for (const diagram of entry.facts.diagrams) {
      const fence = diagram.line;
      const report = (offset: number, rule: RuleId, message: string) =>
        problems.push({ file: entry.file, line: fence + offset, column: 1, rule, message });
      const lines = diagram.code.split('\n');
      if (lines[0]?.trim() === '---')
        report(
          1,
          'unsafe-diagram',
          'a diagram cannot carry its own `---` configuration block: remove it; the site sets how diagrams render',
        );
      lines.forEach((text, i) => {
        if (text.trim().startsWith('%%{'))
          report(
            i + 1,
            'unsafe-diagram',
            'a `%%{init}%%` directive can switch HTML labels and scripts back on: remove it; the site sets how ' +
              'diagrams render',
          );
        const click = /^\s*click\s+\S+\s+(\S+)(?:\s+"([^"]*)")?/.exec(text);
        if (click && /^(call|callback)$/.test(click[1]!))
          report(
            i + 1,
            'unsafe-diagram',
            '`click ... call` runs a script: link the node to a page instead, click A "/practices/x/"',
          );
        const href = click?.[1] === 'href' ? click[2] : click?.[1]?.replace(/^"|"$/g, '');
        const why = href && click?.[1] !== 'call' ? linkProblem(href) : null;
        if (why)
          report(
            i + 1,
            'unsafe-diagram',
            `click target "${href}" ${why}: link to a site path such as "/practices/x/" or an http(s) address`,
          );
        const tags = htmlInLabels(text);
        if (tags.length)
          report(
            i + 1,
            'unsafe-diagram',
            `labels hold HTML (<${[...new Set(tags)].join('>, <')}>): write labels as plain text in quotes, ` +
              `A["Label"]; only <br> is kept, as a line break`,
          );
      });
      const size = await diagramSize(diagram.code);
      const over = (Object.keys(DIAGRAM_LIMITS) as (keyof typeof DIAGRAM_LIMITS)[]).filter(
        (k) => size[k] > DIAGRAM_LIMITS[k],
      );
      if (over.length)
        report(
          0,
          'diagram-size',
          `the diagram has ${over.map((k) => `${size[k]} ${k} (at most ${DIAGRAM_LIMITS[k]})`).join(', ')}: split it ` +
            `into smaller diagrams, or link to entries instead of drawing them all`,
        );
      for (const theme of THEMES) {
        if (isLinkedDiagram(diagram.code, theme))
          report(
            0,
            'symlink',
            `the committed ${theme} SVG of this diagram is a symbolic link: delete it from content/diagrams/ and run ` +
              `\`npm run diagrams\``,
          );
        const svg = cachedDiagram(diagram.code, theme);
        const found = svg ? svgProblems(svg) : [];
        if (found.length)
          report(
            0,
            'unsafe-diagram',
            `the committed ${theme} SVG of this diagram holds ${[...new Set(found)].join(', ')}: delete it from ` +
              `content/diagrams/ and run \`npm run diagrams\``,
          );
      }
    }
  }
  return problems;
}
