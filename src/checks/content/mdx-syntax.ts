import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * A body that is not valid MDX, reported at the file's own line and column (not the body's), with
 * the two mistakes that cause most of them. Without this rule the build stops with a raw error.
 */
export function checkMdxSyntax({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    const error = entry.facts.syntaxError;
    if (!error) continue;
    const hint = /closing tag|end-tag|expected a corresponding closing/i.test(error.message)
      ? 'close every <Guidance> with </Guidance>, on a line of its own'
      : 'MDX reads `<` and `{` as code: write &lt; or \\{ for the characters themselves, and {/* */} for comments';
    problems.push({
      file: entry.file,
      line: error.line,
      column: error.column,
      rule: 'mdx-syntax',
      message: `this is not valid MDX: ${error.message.replace(/\s+/g, ' ').trim()}. Fix: ${hint}`,
    });
  }
  return problems;
}
