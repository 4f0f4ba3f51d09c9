import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGRAM_DIR } from '../diagrams/cache.ts';
import { ENTRY_COMPONENTS } from './entry-components.ts';
import { createMdxRenderer, type MdxRenderer } from './mdx-pipeline.ts';

/*
 * Astro's glob() loader for MDX entries, except that each body is rendered to HTML once, when
 * the content loads, and kept in the data store, as Astro does for Markdown. Compiling every entry
 * into a JavaScript module instead (what @astrojs/mdx does) made Vite bundle thousands of modules
 * and the pages import them back: most of the build's time and memory at a few thousand entries.
 * The store is cached between builds, so a rebuild renders only the entries that changed.
 */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

export function renderedMdx(options: { base: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base: options.base });
  return {
    name: 'kb-rendered-mdx',
    load: async (context) => {
      const { store, meta, config } = context;
      // Rendered HTML depends on more than the file: the base path, the diagram cache and this code.
      const key = renderKey(config.base, fileURLToPath(config.root));
      if (meta.get('render-key') !== key) store.clear();
      const pending: StoredEntry[] = [];
      // glob() stores MDX entries for Vite to compile (deferredRender); those are caught and rendered here.
      const catching = new Proxy(store, {
        get: (target, prop, receiver) => prop === 'set'
          ? (entry: StoredEntry) => { if (!entry.deferredRender) return target.set(entry); pending.push(entry); return true; }
          : Reflect.get(target, prop, receiver),
      });
      await inner.load({ ...context, store: catching });
      if (pending.length) {
        const render = await (renderer ??= createMdxRenderer(config, ENTRY_COMPONENTS));
        for (const entry of pending) {
          const { deferredRender: _, ...rest } = entry;
          const path = fileURLToPath(new URL(entry.filePath!, config.root));
          const { html, frontmatter } = await render(entry.body ?? '', path, entry.data);
          store.set({ ...rest, rendered: { html, metadata: { frontmatter, headings: [], imagePaths: [] } } });
        }
      }
      meta.set('render-key', key);
    },
  };
}

let renderer: Promise<MdxRenderer> | undefined;

/** A digest of what renders a body besides its own text. */
function renderKey(base: string, root: string): string {
  const hash = createHash('sha256').update(base);
  for (const dir of ['src/plugins', 'src/lib/content']) {
    for (const name of readdirSync(join(root, dir)).sort()) hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  if (existsSync(DIAGRAM_DIR)) hash.update(readdirSync(DIAGRAM_DIR).sort().join('\n'));
  return hash.digest('hex').slice(0, 16);
}
