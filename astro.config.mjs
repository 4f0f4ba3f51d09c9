// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cspIntegration } from './src/integrations/csp.ts';
import { mermaidFallbackIntegration } from './src/integrations/mermaid-fallback.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { quickSearchIntegration } from './src/integrations/quick-search.ts';
import { renderPoolIntegration } from './src/integrations/render-pool.ts';
import { withoutRedirects } from './src/integrations/sitemap-filter.ts';
import { socialCardsIntegration } from './src/integrations/social-cards.ts';
import { markdownProcessor } from './src/plugins/index.ts';

// SITE_URL and BASE_PATH let the same build deploy under any host and sub-path.
const site = process.env.SITE_URL ?? 'https://kb.example.org';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.KB_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  // A separate cache per content folder, so fixture and benchmark builds never mix with the real one.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  markdown: { processor: markdownProcessor({ base }) },
  integrations: [
    // First: the entries' render workers start while Astro does.
    renderPoolIntegration(),
    mdx(),
    sitemap({ filter: withoutRedirects(outDir, base) }),
    mermaidFallbackIntegration(),
    socialCardsIntegration(),
    pagefindIntegration(),
    quickSearchIntegration(),
    // The CSP goes last: it reads the finished HTML.
    cspIntegration(),
  ],
  devToolbar: { enabled: false },
  // Pages render a few at a time, so one page's file writes overlap the next page's rendering.
  build: { concurrency: 8 },
});
