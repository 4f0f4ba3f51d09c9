import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keeps redirect pages (the old ids of entries) out of the sitemap: they are not pages to index,
 * and they say so (`noindex`). The sitemap is written when the build is done, so the filter reads
 * the built page behind each URL: its start only, where a redirect page's refresh <meta> is (see
 * components/redirect-page.astro). Reading every page whole cost the end of a 5,000-entry build
 * over half a second, one page of it 30 MB.
 */
const HEAD_BYTES = 4096;

export function withoutRedirects(outDir: string, base: string): (page: string) => boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const start = Buffer.alloc(HEAD_BYTES);
  return (page) => {
    const path = new URL(page).pathname;
    const file = join(outDir, path.startsWith(prefix) ? path.slice(prefix.length) : path, 'index.html');
    if (!existsSync(file)) return true;
    const fd = openSync(file, 'r');
    try {
      const read = readSync(fd, start, 0, HEAD_BYTES, 0);
      return !start.toString('utf8', 0, read).includes('http-equiv="refresh"');
    } finally {
      closeSync(fd);
    }
  };
}
