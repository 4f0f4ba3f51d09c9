/**
 * Files the build writes into the site beside the pages, at fixed addresses (under the base
 * path): the components that load them and the post-build steps that write them share these.
 */

/** The header's quick search, bundled on its own (src/emit/quick-search.ts), and its styles beside it. */
export const QUICK_SEARCH_PATH = '_kb/quick-search.js';

/** Mermaid's browser bundle, shipped only when a page renders a diagram in the browser (src/emit/steps/mermaid.ts). */
export const MERMAID_BUNDLE_PATH = '_kb/mermaid.min.js';
