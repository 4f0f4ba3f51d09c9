/**
 * `npm run check`: every content problem at once, as `file:line:column  rule  message`,
 * and a non-zero exit when there is any error. `npm run build` runs it first, with `--diagrams`:
 * then the diagrams are rendered from the content the checks loaded, without reading it again.
 */
import { runChecks } from '../src/checks/content/index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { prerenderDiagrams } from '../src/lib/diagrams/prerender.ts';
import { formatProblem } from '../src/lib/problems.ts';

const started = performance.now();
const { problems, context } = await runChecks(contentDir());
for (const p of problems) console.error(formatProblem(p));
const errors = problems.length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary =
  `${context.content.entries.length} entries, ${context.content.sources.length} sources checked in ` + `${seconds}s`;
if (errors) {
  console.error(
    `\n✗ ${errors} problem${errors === 1 ? '' : 's'} (${summary}). Fix them and run \`npm run check\` again.`,
  );
  process.exit(1);
}
console.log(`✓ content checks passed: ${summary}`);
if (process.argv.includes('--diagrams') && !(await prerenderDiagrams(context.content))) process.exit(1);
