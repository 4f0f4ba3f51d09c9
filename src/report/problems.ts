import type { RuleId } from './rules.ts';

/**
 * A problem found in the content, in the shape every check reports and every editor understands:
 * `file:line:column  rule  message (how to fix)`. Every problem is an error: it fails the run.
 */
export interface Problem {
  /** Path relative to the project root, e.g. `content/practices/start-simple.mdx`. */
  file: string;
  line: number;
  column: number;
  /** The rule, from the catalogue in src/report/rules.ts, e.g. `unknown-reference`. */
  rule: RuleId;
  /** What is wrong and how to fix it, written for content authors. */
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
