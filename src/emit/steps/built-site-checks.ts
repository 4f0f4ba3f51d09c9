import { distPage, type ParsedPage, stringKeeper } from '../../checks/dist/pages.ts';
import { checkBuiltSite, publishedListFile } from '../../checks/dist/run.ts';
import type { Step } from '../step.ts';

/**
 * The built-site checks (src/checks/dist/run.ts), on each page as it will be served: safety and
 * the Content-Security-Policy, link previews, every link and #fragment, and no published URL lost
 * (the content folder's published-urls.txt). The same code runs on its own as scripts/check-dist.ts.
 */
export function builtSiteChecks(): Step {
  const pages: ParsedPage[] = [];
  const keep = stringKeeper();
  return {
    name: 'built-site-checks',
    page: ({ file, reading }) => {
      pages.push(distPage(file, reading, keep));
    },
    final: async ({ dir, base }) => {
      return (await checkBuiltSite({ dist: dir, base, listFile: publishedListFile(), pages })) ? 0 : 1;
    },
  };
}
