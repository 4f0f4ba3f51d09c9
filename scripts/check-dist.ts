/**
 * The checks of the built site on their own (`npm run build` runs them last): see
 * src/checks/dist/run.ts. With `--update` (`npm run urls`), records the published URLs instead.
 */
import { checkBuiltSite, distCheckOptions } from '../src/checks/dist/run.ts';
import { describeError } from '../src/report/config-error.ts';

const options = (() => {
  try {
    return distCheckOptions(process.argv.includes('--update'));
  } catch (error) {
    // A setting that is no path on the site (BASE_PATH): said with its fix, without a stack.
    console.error(`✗ ${describeError(error)}`);
    return process.exit(1);
  }
})();
if (!(await checkBuiltSite(options))) process.exit(1);
