import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PageReading } from '../../checks/dist/read-page.ts';
import type { Step } from '../step.ts';

/**
 * The Pagefind index, as Starlight builds it, through Pagefind's Node API: only pages that mark
 * their main content with `data-pagefind-body` are indexed. Pagefind's own process indexes while
 * the next pages are read.
 *
 * Pagefind joins the text of neighbouring elements that it treats as inline, table cells among
 * them, so a table row "Decision | Simpler option" was indexed as "DecisionSimpler". Each page is
 * handed over with a space after every block-level element; the served HTML is unchanged.
 */
/* A source page's "Cited by" list repeats other entries' titles and summaries: not the source's text. */
const EXCLUDE = ['section[aria-labelledby="cited-by"]'];

/*
 * A query reads one index chunk per word. Pagefind's default chunk (20,000 word positions, about
 * 25 KB compressed) made a two-word query cost 50 KB; smaller chunks keep a first query under the
 * 120 KB budget that the browser test measures. Pagefind reads this from its environment (an
 * unstable setting as of 1.6: if a release drops it, that test fails and says so).
 */
const INDEX_CHUNK_SIZE = '5000';

export function searchIndex(): Step {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const index = pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE });
  const adding: Promise<string[]>[] = [];
  return {
    name: 'search-index',
    page: ({ file, html, reading }) => {
      if (!reading.indexed) return;
      const content = forIndex(html, reading);
      adding.push(
        index.then(async ({ index: live }) => (await live!.addHTMLFile({ sourcePath: file, content })).errors),
      );
    },
    done: async ({ dir, logger }) => {
      const { index: live, errors } = await index;
      const problems = [...errors, ...(await Promise.all(adding)).flat()];
      if (live) problems.push(...(await live.writeFiles({ outputPath: join(dir, 'pagefind') })).errors);
      await pagefind.close();
      for (const p of problems) logger.error(`Pagefind: ${p}`);
      logger.info(`search index: ${adding.length} pages`);
      return problems.length ? 1 : 0;
    },
  };
}

/** The page with a space at each of `ends` (ascending), as handed to the search index. */
function spaceAt(html: string, ends: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const end of ends) {
    parts.push(html.slice(from, end));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join(' ');
}

/**
 * The page as the search index gets it: its head and its marked content, spaced; the header,
 * navigation, footer and scripts around that content, which the index skips anyway, are left out.
 */
export function forIndex(html: string, reading: Pick<PageReading, 'blockEnds' | 'indexed'>): string {
  if (!reading.indexed) return spaceAt(html, reading.blockEnds);
  const { bodyStart, start, end } = reading.indexed;
  const inside = reading.blockEnds.filter((at) => at > start && at <= end).map((at) => at - start);
  return `${html.slice(0, bodyStart)}${spaceAt(html.slice(start, end), inside)}</body></html>`;
}
