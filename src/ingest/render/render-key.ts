import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What an entry's rendered HTML depends on besides its own file, hashed into one key that the
 * entries' loader keeps beside the HTML it stores in Astro's data store (src/ingest/entry-loader.ts):
 * when the key differs, nothing stored is reused. It covers all of `src/` (the plugins, and any
 * code they import), the Astro configuration, the locked dependency versions, the rendered diagrams
 * (a diagram added to the cache changes a page whose file did not change) and the environment the
 * build reads. A new setting that changes what a body renders to goes into RENDER_ENV.
 */
export const RENDER_ENV = ['SITE_URL', 'BASE_PATH', 'KB_CONTENT_DIR', 'KB_DIAGRAM_DIR'] as const;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function renderKey(root: string, diagramDir: string): string {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => hash.update(`${label}\0`).update(value).update('\0');
  for (const file of filesUnder(join(root, 'src'))) add(relative(root, file), readFileSync(file));
  for (const name of ['astro.config.mjs', 'package-lock.json']) {
    const file = join(root, name);
    if (existsSync(file)) add(name, readFileSync(file));
  }
  for (const file of filesUnder(diagramDir)) add(relative(diagramDir, file), readFileSync(file));
  for (const name of RENDER_ENV) add(name, process.env[name] ?? '');
  return hash.digest('hex').slice(0, 24);
}
