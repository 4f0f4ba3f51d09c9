import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API when the build is done (as Starlight does).
 * Only pages that mark their main content with data-pagefind-body are indexed.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        const problems = [...added.errors, ...written.errors];
        await pagefind.close();
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
