import { loadContent } from '../../ingest/load.ts';
import { formatProblem, type Problem, sortProblems } from '../../report/problems.ts';
import { checkCaseRecords } from './case-records.ts';
import { checkClaims } from './claims.ts';
import { checkContentSafety } from './content-safety.ts';
import { type CheckContext, createContext } from './context.ts';
import { checkDiagramSafety } from './diagram-safety.ts';
import { checkDiagrams } from './diagrams.ts';
import { checkEntryShape } from './entry-shape.ts';
import { checkFigures } from './figures.ts';
import { checkGuideOnlyLines } from './guide-only-lines.ts';
import { checkHeadingLevels } from './heading-levels.ts';
import { checkHeadingPins } from './heading-pins.ts';
import { checkLayoutIds } from './layout-ids.ts';
import { checkLimits } from './limits.ts';
import { checkLinks } from './links.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReferences } from './references.ts';
import { checkRepeatedReferences } from './repeated-references.ts';
import { checkReviewQuestions } from './review-questions.ts';
import { checkSources } from './sources.ts';
import { checkStructure } from './structure.ts';
import { checkUnconfirmed } from './unconfirmed.ts';

/** The rules, in the order their problems are explained. Each is a plain function of the context. */
export const RULES: ((ctx: CheckContext) => Problem[] | Promise<Problem[]>)[] = [
  checkMdxSyntax,
  checkContentSafety,
  checkLimits,
  checkReferences,
  checkRepeatedReferences,
  checkLinks,
  checkSources,
  checkCaseRecords,
  checkClaims,
  checkFigures,
  checkUnconfirmed,
  checkGuideOnlyLines,
  checkEntryShape,
  checkDiagrams,
  checkDiagramSafety,
  checkLayoutIds,
  checkHeadingPins,
  checkHeadingLevels,
  checkStructure,
  checkReviewQuestions,
  checkPlaceholders,
];

/**
 * Problems that make a file unreadable or unsafe come first: the others (an unknown reference, an
 * uncited claim) may only be their consequences.
 */
const ROOT_CAUSES = new Set([
  'mdx-syntax',
  'unsafe-content',
  'nesting-depth',
  'too-complex',
  'unsafe-diagram',
  'diagram-size',
]);

interface CheckResult {
  problems: Problem[];
  context: CheckContext;
}

/** Loads the content, runs every rule, and returns every problem at once: root causes first, then by file and line. */
export async function runChecks(contentDir: string, root: string = process.cwd()): Promise<CheckResult> {
  const content = await loadContent(contentDir, root);
  const context = createContext(content);
  const found = (await Promise.all(RULES.map((rule) => rule(context)))).flat();
  const first = [...content.problems, ...found.filter((p) => ROOT_CAUSES.has(p.rule))];
  const rest = found.filter((p) => !ROOT_CAUSES.has(p.rule));
  return { problems: [...sortProblems(first), ...sortProblems(rest)], context };
}

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
