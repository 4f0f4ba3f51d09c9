// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cspIntegration } from './src/integrations/csp.ts';
import { mermaidFallbackIntegration } from './src/integrations/mermaid-fallback.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { socialCardsIntegration } from './src/integrations/social-cards.ts';
import { quickSearchIntegration } from './src/integrations/quick-search.ts';
import { markdownProcessor } from './src/plugins/index.ts';

// SITE_URL and BASE_PATH let the same build deploy under any host and sub-path.
const site = process.env.SITE_URL ?? 'https://kb.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // A separate cache per content folder, so fixture and benchmark builds never mix with the real one.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  markdown: { processor: markdownProcessor({ base }) },
  // The CSP goes last: it reads the finished HTML.
  integrations: [
    mdx(), sitemap(), mermaidFallbackIntegration(), socialCardsIntegration(), pagefindIntegration(), quickSearchIntegration(), cspIntegration(),
  ],
  devToolbar: { enabled: false },
});
