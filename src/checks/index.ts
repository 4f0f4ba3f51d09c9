import { loadContent } from '../lib/content/load.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { createContext, type CheckContext } from './context.ts';
import { checkClaims } from './claims.ts';
import { checkDiagrams } from './diagrams.ts';
import { checkEntryShape } from './entry-shape.ts';
import { checkFigures } from './figures.ts';
import { checkLinks } from './links.ts';
import { checkReferences } from './references.ts';
import { checkReviewQuestions } from './review-questions.ts';
import { checkSources } from './sources.ts';
import { checkStructure } from './structure.ts';
import { checkUnconfirmed } from './unconfirmed.ts';

/** The rules, in the order their problems are explained. Each is a plain function of the context. */
export const RULES: ((ctx: CheckContext) => Problem[] | Promise<Problem[]>)[] = [
  checkReferences, checkLinks, checkSources, checkClaims, checkFigures, checkUnconfirmed, checkEntryShape, checkDiagrams, checkStructure, checkReviewQuestions,
];

export interface CheckResult { problems: Problem[]; context: CheckContext }

/** Loads the content, runs every rule, and returns every problem at once, sorted by file and line. */
export async function runChecks(contentDir: string, root: string = process.cwd()): Promise<CheckResult> {
  const content = await loadContent(contentDir, root);
  const context = createContext(content);
  const found = await Promise.all(RULES.map((rule) => rule(context)));
  const problems = [...content.problems, ...found.flat()];
  return { problems: sortProblems(problems), context };
}
