import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keeps redirect pages (the old ids of entries) out of the sitemap: they are not pages to index,
 * and they say so (`noindex`). The sitemap is written when the build is done, so the filter reads
 * the built page behind each URL.
 */
export function withoutRedirects(outDir: string, base: string): (page: string) => boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (page) => {
    const path = new URL(page).pathname;
    const file = join(outDir, path.startsWith(prefix) ? path.slice(prefix.length) : path, 'index.html');
    return !(existsSync(file) && readFileSync(file, 'utf8').includes('http-equiv="refresh"'));
  };
}
