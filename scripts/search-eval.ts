/**
 * `npm run search-eval [-- --dist <dir>] [-- --suite <file>]`: runs the search-quality suite against
 * a built site (run `npm run build` first) and prints hit@3, MRR, precision and every miss. Exits
 * non-zero under the thresholds, as `npm test` does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, formatReport, passes, readSuite } from '../src/model/search/eval.ts';
import { loadPagefind } from '../src/model/search/pagefind-node.ts';
import { ENTRY_COLLECTIONS } from '../src/schemas/registry.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(root, 'dist') },
    suite: { type: 'string', default: join(root, 'test/search-quality/queries.yaml') },
  },
});
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`✗ no search index in ${dist}/pagefind: run \`npm run build\` first, or pass --dist <built site>`);
  process.exit(1);
}
// The entry and source pages of the built site, so that a query expecting a renamed or merged entry is reported.
const known = new Set(
  [...ENTRY_COLLECTIONS, 'sources'].flatMap((c) =>
    existsSync(join(dist, c)) ? readdirSync(join(dist, c)).map((id) => `${c}/${id}`) : [],
  ),
);
const report = await evaluate(await loadPagefind(dist), readSuite(values.suite), known);
console.log(formatReport(report));
process.exit(passes(report) ? 0 : 1);
