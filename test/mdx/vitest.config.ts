import mdx from '@astrojs/mdx';
import { getViteConfig } from 'astro/config';
import { markdownProcessor } from '../../src/ingest/plugins/index.ts';
import { siteUrls } from '../../src/ingest/settings.ts';

export default getViteConfig(
  { test: { name: 'mdx', include: ['test/mdx/**/*.test.ts'], sequence: { groupOrder: 0 }, testTimeout: 120_000 } },
  { configFile: false, markdown: { processor: markdownProcessor(siteUrls()) }, integrations: [mdx()] },
);
