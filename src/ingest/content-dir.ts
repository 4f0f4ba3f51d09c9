import { resolve } from 'node:path';

/**
 * Where the content lives. `KB_CONTENT_DIR` lets tests and the benchmark build the same site
 * from a fixture or a generated knowledge base; everyone else gets `./content`.
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.KB_CONTENT_DIR ?? 'content');
}
