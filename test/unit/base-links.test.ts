import { describe, expect, it } from 'vitest';
import { entryRenderer, renderSettings } from '../../src/ingest/render/entry-renderer.ts';
import { markdownConfig } from '../helpers/markdown-config.ts';

/*
 * Links as authors write them, through the entries' renderer (src/ingest/plugins/rehype-base-links.ts):
 * the base path is prefixed, and a link to a page gets the trailing slash of its address, without
 * which `npm run dev` answered 404 (the site's URLs end in a slash).
 */
const BODY = [
  '[a](/practices/start-simple) [b](/practices/start-simple#why) [c](/practices/start-simple/)',
  '[d](/tags/ranking?x=1) [e](/kb.json) [f](/practices/start-simple.md) [g](/) [h](#why)',
  '[i](https://example.org/page)',
  '',
].join('\n');

async function hrefs(base: string): Promise<string[]> {
  // No code to highlight: Shiki stays unloaded (see render-settings.test.ts).
  const markdown = markdownConfig({ syntaxHighlight: false });
  const { html } = await entryRenderer(renderSettings(markdown, { base, site: 'https://kb.example.org' }))(
    BODY,
    'content/practices/links.mdx',
    {},
  );
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

describe('links in a body', () => {
  it('end a page address in its slash, and leave files, fragments and other sites alone', async () => {
    expect(await hrefs('/')).toEqual([
      '/practices/start-simple/',
      '/practices/start-simple/#why',
      '/practices/start-simple/',
      '/tags/ranking/?x=1',
      '/kb.json',
      '/practices/start-simple.md',
      '/',
      '#why',
      'https://example.org/page',
    ]);
  });

  it('carry the base path, once', async () => {
    expect(await hrefs('/kb/')).toEqual([
      '/kb/practices/start-simple/',
      '/kb/practices/start-simple/#why',
      '/kb/practices/start-simple/',
      '/kb/tags/ranking/?x=1',
      '/kb/kb.json',
      '/kb/practices/start-simple.md',
      '/kb/',
      '#why',
      'https://example.org/page',
    ]);
  });
});
