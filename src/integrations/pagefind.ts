import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const BLOCKS = 'p, li, dt, dd, td, th, caption, figcaption, blockquote, pre, h1, h2, h3, h4, h5, h6, div, section, aside, summary, br';

export function spaceBlocks(html: string): string {
  const root = parse(html, { comment: true });
  for (const el of root.querySelectorAll(BLOCKS)) el.insertAdjacentHTML('afterend', ' ');
  return root.toString();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
