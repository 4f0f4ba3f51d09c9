// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { devChecks } from './src/checks/content/dev.ts';
import { postBuild } from './src/emit/pipeline.ts';
import { markdownProcessor } from './src/ingest/plugins/index.ts';
import { sameProcessor } from './src/ingest/render/same-processor.ts';
import { siteUrls } from './src/ingest/settings.ts';

const { site, base } = siteUrls();
const outDir = process.env.KB_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  // A separate cache per content folder, so fixture and benchmark builds never mix with the real one.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  markdown: { processor: markdownProcessor({ base, site }) },
  // Entries are MDX, rendered by our loader (src/content.config.ts) as @astrojs/mdx renders them (the
  // project's MDX integration, which test/mdx holds it to), with the plugins of this processor and no
  // other (sameProcessor); then the post-build steps (src/emit/pipeline.ts).
  // In `npm run dev`, the content checks run on every change and their problems show on every page.
  integrations: [mdx(), sameProcessor(), devChecks(), ...postBuild()],
  devToolbar: { enabled: false },
  experimental: {
    // The entries' HTML lives in the data store: in parts of 1 MiB, Node loads it in 2 s at 5,000
    // entries, where one 60 MB module took 24 s.
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  // Eight pages in flight keep the core busy while pages are written. Measured on 2 cores,
  // `experimental.parallelPrerender` ({ workers: 2 }) rendered no faster (9.8 s against 7.1 s for
  // 1,403 pages; 72 s against 69 s for 6,803) and took more memory: it is left off.
  build: { concurrency: 8 },
});
