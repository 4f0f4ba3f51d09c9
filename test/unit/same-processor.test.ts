import { unified } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { markdownProcessor, rehypePlugins, remarkPlugins } from '../../src/ingest/plugins/index.ts';
import { processorProblem } from '../../src/ingest/render/same-processor.ts';
import { siteUrls } from '../../src/ingest/settings.ts';
import { markdownConfig } from '../helpers/markdown-config.ts';

/*
 * The loader runs the plugin lists of src/ingest/plugins/index.ts; @astrojs/mdx runs those of
 * `markdown.processor` in astro.config.mjs. Each way the two could part is refused with its own
 * message, and the project's own config passes.
 */
const urls = siteUrls();
const problem = (markdown: AstroUserConfig['markdown']) => processorProblem(markdownConfig(markdown), urls);
const remarkNoop = () => () => {};

describe('the config asks for no plugin the loader does not run', () => {
  it('passes this project’s astro.config.mjs, which runs the check', () => {
    expect(problem(config.markdown)).toBeUndefined();
    expect(config.integrations?.flat().map((i) => i && 'name' in i && i.name)).toContain('kb-same-processor');
  });

  it('passes the processor the site’s plugin module builds', () => {
    expect(problem({ processor: markdownProcessor(urls) })).toBeUndefined();
  });

  it.each([
    ['no processor', {}, /not set/],
    ['another processor', { processor: { name: 'satteri', options: {} } }, /"satteri"/],
    [
      'an extra remark plugin',
      {
        processor: unified({
          gfm: false,
          remarkPlugins: [...remarkPlugins(urls), remarkNoop],
          rehypePlugins: rehypePlugins(urls),
        }),
      },
      /other remark plugins/,
    ],
    [
      'other options for a plugin',
      {
        processor: unified({
          remarkPlugins: remarkPlugins({ ...urls, base: '/elsewhere/' }),
          rehypePlugins: rehypePlugins(urls),
        }),
      },
      /other remark plugins/,
    ],
    [
      'a missing rehype plugin',
      { processor: unified({ remarkPlugins: remarkPlugins(urls), rehypePlugins: rehypePlugins(urls).slice(1) }) },
      /other rehype plugins/,
    ],
    [
      'remark-rehype options',
      {
        processor: unified({
          remarkPlugins: remarkPlugins(urls),
          rehypePlugins: rehypePlugins(urls),
          remarkRehype: { footnoteLabel: 'Notes' },
        }),
      },
      /remarkRehype/,
    ],
    ['Prism highlighting', { processor: markdownProcessor(urls), syntaxHighlight: 'prism' }, /Shiki only/],
    [
      'a deprecated top-level plugin list',
      { processor: markdownProcessor(urls), remarkPlugins: [remarkGfm] },
      /markdown\.remarkPlugins is deprecated/,
    ],
  ] as const)('refuses %s', (_, markdown, message) => {
    expect(problem(markdown as AstroUserConfig['markdown'])).toMatch(message);
  });
});
