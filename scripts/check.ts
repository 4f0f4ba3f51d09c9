/**
 * `npm run check`: every content problem at once, as `file:line:column  rule  message`,
 * and a non-zero exit when there is any error. (`npm run build` runs the same checks in
 * scripts/build.ts, with the diagrams rendered from the content the checks loaded.)
 */
import { reportChecks, runChecks } from '../src/checks/content/index.ts';
import { contentDir } from '../src/ingest/settings.ts';

const started = performance.now();
if (!reportChecks(await runChecks(contentDir()), started)) process.exit(1);
