import { unified } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { entryRenderer, renderSettings } from '../../src/ingest/render/entry-renderer.ts';
import { markdownConfig } from '../helpers/markdown-config.ts';

/*
 * The loader renders the bodies itself, so every `markdown` setting that @astrojs/mdx follows must
 * reach it too: a SmartyPants switch in astro.config.mjs that the pages ignored would be a setting
 * that silently does nothing. Resolved as @astrojs/mdx resolves it: the `unified()` processor's
 * option, then the deprecated top-level one, then on.
 */
const URLS = { base: '/', site: 'https://kb.example/' };
const BODY = 'She said "it ships" -- and it did.\n';

async function paragraph(markdown: AstroUserConfig['markdown']) {
  // No code to highlight: Shiki stays unloaded (its WebAssembly loader needs Node's own Response,
  // which happy-dom's registration in the diagram tests of this shared module graph replaces).
  const settings = renderSettings(markdownConfig({ syntaxHighlight: false, ...markdown }), URLS);
  const { html } = await entryRenderer(settings)(BODY, 'content/practices/quotes.mdx', {});
  return html.replace(/<\/?p>/g, '').trim();
}

describe('the loader follows the Markdown config', () => {
  it('curls quotes and dashes by default, as Astro does', async () => {
    expect(await paragraph({ processor: unified() })).toBe('She said “it ships” — and it did.');
  });

  it('leaves them straight when the processor turns SmartyPants off', async () => {
    expect(await paragraph({ processor: unified({ smartypants: false }) })).toBe('She said "it ships" -- and it did.');
  });

  it('passes the processor’s SmartyPants options on', async () => {
    const oldschool = unified({ smartypants: { dashes: 'oldschool' } });
    expect(await paragraph({ processor: oldschool })).toBe('She said “it ships” – and it did.');
  });

  it('falls back to the deprecated top-level switch when the processor sets none', async () => {
    expect(await paragraph({ processor: unified(), smartypants: false })).toBe('She said "it ships" -- and it did.');
  });
});
