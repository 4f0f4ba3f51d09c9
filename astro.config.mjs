// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { devChecks } from './src/checks/content/dev.ts';
import { postBuild } from './src/emit/pipeline.ts';
import { markdownProcessor } from './src/ingest/plugins/index.ts';
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
  // Entries are MDX, rendered by @astrojs/mdx; then what happens to the built pages (src/emit/pipeline.ts).
  // In `npm run dev`, the content checks run on every change and their problems show on every page.
  integrations: [mdx(), devChecks(), ...postBuild()],
  devToolbar: { enabled: false },
  // Pages render on both cores, through Astro itself.
  experimental: { parallelPrerender: { workers: 2 } },
});
