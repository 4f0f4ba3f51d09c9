import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missedPages, setPageHook } from '../lib/page-hooks.ts';
import { pagePass } from '../lib/page-pass.ts';
import { readPage } from '../lib/page-reader.ts';
import { addPage, finishLiveIndex, indexed, liveIndex, openLiveIndex } from '../lib/search-index.ts';

/**
 * The Pagefind index (as Starlight builds it), fed with each page as Astro renders it
 * (a page hook, lib/page-hooks.ts; lib/search-index.ts), so Pagefind's process indexes on the other core while
 * Astro renders, and written when the build is done. Only pages that mark their main content with
 * data-pagefind-body are indexed. Pages Astro restored from its cache, which no hook saw, are read
 * from dist/ into the same index, so it is never incomplete.
 *
 * Pagefind joins the text of neighbouring elements that it treats as inline, table cells among
 * them, so a table row "Decision | Simpler option" was indexed as "DecisionSimpler". Each page is
 * handed to Pagefind with a space after every block-level element (lib/page-pass.ts); the served
 * HTML is unchanged.
 */
/* A source page's "Cited by" list repeats other entries' titles and summaries: not the source's text. */
export const EXCLUDE = ['section[aria-labelledby="cited-by"]'];

/*
 * A query reads one index chunk per word. Pagefind's default chunk (20,000 word positions, about
 * 25 KB compressed) made a two-word query cost 50 KB; smaller chunks keep a first query under the
 * 120 KB budget that the browser test measures. Pagefind reads this from its environment (an
 * unstable setting as of 1.6: if a release drops it, that test fails and says so).
 */
const INDEX_CHUNK_SIZE = '5000';

const open = () => {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  return openLiveIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE });
};

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:start': () => {
        const live = open();
        // Spaced where the page's one reading (lib/page-reader.ts, shared with the CSP) found its blocks end.
        setPageHook('pagefind', async ({ file, html }) => {
          if (indexed(html)) addPage(live, file, html, await readPage(file, html));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageHook('pagefind');
        const site = fileURLToPath(dir);
        const live = liveIndex() ?? open();
        for (const file of await missedPages(site)) {
          const html = await readFile(join(site, file), 'utf8');
          if (indexed(html)) addPage(live, file, html, pagePass(html));
        }
        const problems = await finishLiveIndex(live, join(site, 'pagefind'));
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`search index: ${live.added} pages`);
      },
    },
  };
}
