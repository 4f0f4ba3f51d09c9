import { loadRenderers } from 'astro:container';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import Guidance from '../../src/components/guidance.astro';
import { frontmatterBlock } from '../../src/ingest/frontmatter.ts';
import { NOTED } from '../../src/ingest/plugins/index.ts';
import { entryRenderer } from '../../src/ingest/render/entry-renderer.ts';
import { siteUrls } from '../../src/ingest/settings.ts';
import { comparableHtml } from './comparable-html.ts';
import { mdxIn, ROOT, realEntryFiles, renderSettings } from './real-entries.ts';

/*
 * The entries' loader renders each body itself (src/ingest/render/entry-renderer.ts), so the
 * build compiles no MDX module. @astrojs/mdx stays the reference: here every real entry is
 * compiled by @astrojs/mdx (this project's Vite config comes from Astro's getViteConfig, with the
 * site's `markdown.processor`) and rendered through Astro's container API, with the components an
 * entry page passes; the loader's HTML must be the same document, and its headings and plugin
 * frontmatter the same values.
 */
// Every real entry, and fixtures for the Markdown that no entry uses yet (code blocks with a meta string, ...).
const files = [...realEntryFiles(), ...mdxIn(join(import.meta.dirname, 'fixtures'))];

describe('the loader renders every entry as @astrojs/mdx does', () => {
  let container: AstroContainer;
  const ours = entryRenderer(renderSettings(siteUrls()));
  beforeAll(async () => {
    container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  });

  it('covers the whole knowledge base', () => expect(files.length).toBeGreaterThan(100));

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', async (name, file) => {
    const text = readFileSync(file, 'utf8');
    const frontmatter = parseYaml(frontmatterBlock(text)!.yaml) as Record<string, unknown>;
    const mdx = await import(/* @vite-ignore */ file);
    const theirs = await container.renderToString(mdx.default, { props: { components: { Guidance } } });
    const mine = await ours(text, name, frontmatter);
    expect(comparableHtml(mine.html)).toBe(comparableHtml(theirs));
    expect(mine.headings).toEqual(mdx.getHeadings());
    for (const key of NOTED) expect(mine.frontmatter[key], key).toEqual(mdx.frontmatter[key]);
  });
});
