/**
 * The checks of the built site on their own (`npm run build` runs them last): see
 * src/checks/dist/run.ts. With `--update` (`npm run urls`), records the published URLs instead.
 */
import { checkBuiltSite, distCheckOptions } from '../src/checks/dist/run.ts';

if (!(await checkBuiltSite(distCheckOptions(process.argv.includes('--update'))))) process.exit(1);
