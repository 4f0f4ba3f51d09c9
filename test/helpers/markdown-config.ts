import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import type { AstroConfig, AstroUserConfig } from 'astro';

/** Astro's `markdown` config as a build resolves it: Astro's defaults, under what the test (or the project) sets. */
export const markdownConfig = (set: AstroUserConfig['markdown'] = {}) =>
  ({ ...markdownConfigDefaults, ...set }) as AstroConfig['markdown'];
