import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API when the build is done (as Starlight does).
 * Only pages that mark their main content with data-pagefind-body are indexed.
 *
 * Pagefind joins the text of neighbouring elements that it treats as inline, table cells among
 * them, so a table row "Decision | Simpler option" was indexed as "DecisionSimpler". Each page is
 * handed to Pagefind with a space after every block-level element; the served HTML is unchanged.
 */
/* A source page's "Cited by" list repeats other entries' titles and summaries: not the source's text. */
const EXCLUDE = ['section[aria-labelledby="cited-by"]'];

const BLOCKS =
  'p, li, dt, dd, td, th, caption, figcaption, blockquote, pre, h1, h2, h3, h4, h5, h6, div, section, aside, ' +
  'summary, br';

export function spaceBlocks(html: string): string {
  const root = parse(html, { comment: true });
  for (const el of root.querySelectorAll(BLOCKS)) el.insertAdjacentHTML('afterend', ' ');
  return root.toString();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/*
 * A query reads one index chunk per word. Pagefind's default chunk (20,000 word positions, about
 * 25 KB compressed) made a two-word query cost 50 KB; smaller chunks keep a first query under the
 * 120 KB budget that the browser test measures. Pagefind reads this from its environment (an
 * unstable setting as of 1.6: if a release drops it, that test fails and says so).
 */
const INDEX_CHUNK_SIZE = '5000';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const problems: string[] = [];
        let pages = 0;
        for (const file of await htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: spaceBlocks(html) });
          problems.push(...added.errors.map((e) => `${relative(site, file)}: ${e}`));
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        problems.push(...written.errors);
        await pagefind.close();
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
