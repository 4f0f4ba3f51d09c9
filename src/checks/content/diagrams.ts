import { parseDiagram } from '../../ingest/diagrams/parse.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/** Every mermaid block parses with mermaid's own parser; errors point at the line in the MDX file. */
export async function checkDiagrams({ content }: CheckContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    for (const diagram of entry.facts.diagrams) {
      const error = await parseDiagram(diagram.code);
      if (!error) continue;
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
