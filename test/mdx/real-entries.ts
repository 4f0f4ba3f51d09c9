import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import type { SiteUrls } from '../../src/ingest/plugins/index.ts';
import { renderSettings as settingsFrom } from '../../src/ingest/render/entry-renderer.ts';
import { ENTRY_COLLECTIONS } from '../../src/schemas/registry.ts';
import { markdownConfig } from '../helpers/markdown-config.ts';

/*
 * What the tests of the entries' renderer share: the real entries they run over, and the render
 * settings the site builds with (this project's `markdown` config over Astro's defaults, resolved by
 * the function the loader uses).
 */
export const ROOT = join(import.meta.dirname, '../..');

/** The `.mdx` files of a folder, as paths. */
export const mdxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f));

/** Every real entry of every collection the registry defines. */
export const realEntryFiles = () => ENTRY_COLLECTIONS.flatMap((c) => mdxIn(join(ROOT, 'content', c)));

export const renderSettings = (urls: SiteUrls) => settingsFrom(markdownConfig(config.markdown), urls);
