import { formatProblem } from '../../lib/problems.ts';
import type { CheckResult } from './index.ts';

/**
 * Prints the result of the content checks as `npm run check` and `npm run build` show it: every
 * problem as `file:line:column  rule  message`, then one line that says what to do, or a ✓ line.
 * Returns whether the content passed.
 */
export function reportChecks({ problems, context }: CheckResult, startedAt: number): boolean {
  for (const p of problems) console.error(formatProblem(p));
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
  const summary =
    `${context.content.entries.length} entries, ${context.content.sources.length} sources checked in ` + `${seconds}s`;
  if (problems.length) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    console.error(`\n✗ ${count} (${summary}). Fix them and run \`npm run check\` again.`);
    return false;
  }
  console.log(`✓ content checks passed: ${summary}`);
  return true;
}
