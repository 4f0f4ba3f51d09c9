import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownSettings } from '../lib/content/mdx-pipeline.ts';
import { WORKER_THRESHOLD, warmPool } from '../lib/content/render-pool.ts';
import { contentDir } from '../lib/content-dir.ts';

/**
 * Starts the entries' render workers (lib/content/render-pool.ts) as soon as the config is read,
 * so they load their pipeline while Astro starts up, instead of after it. Only for a build that
 * will use them: no content cache yet (a rebuild renders only what changed, in process) and a
 * collection with enough entries (the loader's own rule, rendered-mdx-loader.ts).
 */
export function renderPoolIntegration(): AstroIntegration {
  let building = false;
  return {
    name: 'kb-render-pool',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Once every integration has had its say on the Markdown settings the workers take.
      'astro:config:done': ({ config }) => {
        if (!building || existsSync(new URL('data-store.json', config.cacheDir))) return;
        const dir = contentDir(fileURLToPath(config.root));
        const large = (name: string) =>
          readdirSync(join(dir, name)).filter((f) => f.endsWith('.mdx')).length >= WORKER_THRESHOLD;
        const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
        if (folders.some((d) => large(d.name))) warmPool(fileURLToPath(config.root), markdownSettings(config));
      },
    },
  };
}
