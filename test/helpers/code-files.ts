import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files under `dir` whose names match `names` (code by default): what the tests of the house
 * (layers, exports, named paths) read. Test fixtures and scratch copies are content, not code.
 */
export function codeFiles(dir: string, names = /\.(ts|astro|mjs)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['fixtures', '.tmp', 'node_modules'].includes(name)) return [];
    return statSync(path).isDirectory() ? codeFiles(path, names) : names.test(name) ? [path] : [];
  });
}
