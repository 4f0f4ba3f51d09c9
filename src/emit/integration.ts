import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readPage } from '../checks/dist/read-page.ts';
import type { BuiltSite, Step } from './step.ts';

/**
 * Runs the post-build pipeline (pipeline.ts) when Astro's build is done: every HTML page of the
 * output folder, in a stable order, read once and handed to each step; changed pages are written
 * back; then each step finishes. A step that reports problems fails the build after all have
 * finished, so the output is complete and the messages name every problem at once.
 */
/** How many pages are read ahead of the steps, and written behind them, at most. */
const AHEAD = 16;
type EmitIntegration = AstroIntegration & { redirects: Set<string>; ran: { steps: Step[]; site?: BuiltSite } };

export function emitIntegration(steps: () => Step[]): EmitIntegration {
  const redirects = new Set<string>();
  const ran: EmitIntegration['ran'] = { steps: [] };
  let root = '';
  let base = '/';
  return {
    name: 'kb-post-build',
    redirects,
    ran,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site: BuiltSite = { dir: fileURLToPath(dir), root, base, logger };
        const pipeline = steps();
        ran.steps = pipeline;
        ran.site = site;
        // Pages are handed over one by one, in order; the disk is read ahead of them and written behind.
        const files = await htmlFiles(site.dir);
        const read = (file: string) => readFile(join(site.dir, file), 'utf8');
        const ahead = files.slice(0, AHEAD).map(read);
        const writes = new Set<Promise<void>>();
        for (const [i, file] of files.entries()) {
          const original = await ahead.shift()!;
          if (i + AHEAD < files.length) ahead.push(read(files[i + AHEAD]!));
          const page = { file, html: original, reading: readPage(original) };
          if (page.reading.refresh !== undefined) redirects.add(`${base}${file.replace(/index\.html$/, '')}`);
          for (const step of pipeline) {
            step.page?.(page, site);
            if (step.transform) page.html = step.transform(page, site);
          }
          if (page.html === original) continue;
          const write = writeFile(join(site.dir, file), page.html).finally(() => writes.delete(write));
          writes.add(write);
          if (writes.size >= AHEAD) await Promise.race(writes);
        }
        await Promise.all(writes);
        let problems = 0;
        for (const step of pipeline) problems += (await step.done?.(site)) ?? 0;
        if (problems)
          throw new AstroError(
            `${problems} post-build step(s) found problems, listed above`,
            'fix them and build again',
          );
      },
    },
  };
}

/** The steps' last word, once the integrations after the pipeline (the sitemap) have written their files. */
export function finalChecks(emit: EmitIntegration): AstroIntegration {
  return {
    name: 'kb-built-site-checks',
    hooks: {
      'astro:build:done': async () => {
        const { steps, site } = emit.ran;
        let problems = 0;
        for (const step of steps) if (site) problems += (await step.final?.(site)) ?? 0;
        if (problems)
          throw new AstroError('the built-site checks found problems, listed above', 'fix them and build again');
      },
    },
  };
}

/** The HTML pages of the output folder, relative to it, sorted so every build handles them alike. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
