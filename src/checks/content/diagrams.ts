import { parseDiagram } from '../../ingest/diagrams/parse.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/** The lines that give a diagram its accessible name and description (an SVG <title> and <desc>). */
const ACCESSIBLE = [
  ['accTitle', /^\s*accTitle\s*:\s*\S/m],
  ['accDescr', /^\s*accDescr\s*(?::\s*\S|\{)/m],
] as const;

/**
 * Every mermaid block parses with mermaid's own parser (errors point at the line in the MDX file)
 * and carries `accTitle:` and `accDescr:`: without them a screen reader meets an unnamed image.
 */
export async function checkDiagrams({ content }: CheckContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    for (const diagram of entry.facts.diagrams) {
      const error = await parseDiagram(diagram.code);
      if (!error) {
        const missing = ACCESSIBLE.filter(([, line]) => !line.test(diagram.code)).map(([name]) => `\`${name}:\``);
        if (missing.length)
          problems.push({
            file: entry.file,
            line: diagram.line,
            column: 1,
            rule: 'diagram-description',
            message:
              `this diagram has no ${missing.join(' or ')} line, so screen readers meet an unnamed image: add ` +
              '`accTitle: <what it shows>` and `accDescr: <what it says, in a sentence or two>` after its first line',
          });
        continue;
      }
      // diagram.line is the opening fence; the diagram's line 1 is the line after it.
      const line = diagram.line + error.line;
      problems.push({
        file: entry.file,
        line,
        column: error.column,
        rule: 'diagram-syntax',
        message:
          `mermaid cannot parse this diagram (${error.message}): fix the syntax; labels with parentheses or ` +
          `punctuation need quotes, e.g. A["Label (note)"]`,
      });
    }
  }
  return problems;
}
