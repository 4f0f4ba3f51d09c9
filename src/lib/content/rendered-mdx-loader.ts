import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { fallbackFiles } from '../../plugins/remark-mermaid.ts';
import { passContentGate } from '../build-handoff.ts';
import { DIAGRAM_DIR } from '../diagrams/cache.ts';
import { ENTRY_COMPONENTS } from './entry-components.ts';
import { createMdxRenderer, type MdxRenderer, markdownSettings } from './mdx-pipeline.ts';
import { acquirePool, WORKER_THRESHOLD } from './render-pool.ts';
import type { Done, Job } from './render-worker.ts';
import type { RenderedBody } from './rendered-body.ts';

/*
 * Astro's glob() loader for MDX entries, except that each body is rendered to HTML once, when
 * the content loads, instead of being compiled into a JavaScript module for Vite to bundle and
 * the pages to import back (most of the build's time and memory at a few thousand entries). The
 * HTML goes to a file in Astro's cache folder (rendered-body.ts); the data store, cached between
 * builds, keeps the rest, so a rebuild renders only the entries that changed.
 */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

export function renderedMdx(options: { base: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base: options.base });
  return {
    name: 'kb-rendered-mdx',
    load: async (context) => {
      // Under `npm run build`, only content that passed its checks is rendered (lib/build-handoff.ts).
      await passContentGate();
      const { store, meta, config, collection } = context;
      const root = fileURLToPath(config.root);
      const outDir = join(fileURLToPath(config.cacheDir), 'kb-bodies', collection);
      mkdirSync(outDir, { recursive: true });
      // Rendered HTML depends on more than the file: the base path, the diagram cache and this code.
      const key = renderKey(config.base, root);
      if (meta.get('render-key') !== key) store.clear();
      for (const entry of store.values()) {
        const body = entry.rendered?.metadata?.kb as RenderedBody | undefined;
        if (!body || !existsSync(body.file)) store.delete(entry.id);
      }
      // Workers pay off for a cold load of many entries; a rebuild after an edit renders in process.
      const files = existsSync(options.base) ? readdirSync(options.base).filter((f) => f.endsWith('.mdx')).length : 0;
      const pool =
        files - store.keys().length >= WORKER_THRESHOLD ? acquirePool(root, markdownSettings(config)) : undefined;
      const local = pool ? undefined : localRenderer(config);
      const rendering: Promise<void>[] = [];
      const failures: Error[] = [];
      // Stored together at the end: each store.set restarts Astro's debounced save of the whole
      // store, so sets spread over the rendering would serialise it again at every pause.
      const rendered: StoredEntry[] = [];
      // glob() stores MDX entries for Vite to compile (deferredRender): each is caught and rendered as it comes.
      const catching = new Proxy(store, {
        get: (target, prop, receiver) =>
          prop !== 'set'
            ? Reflect.get(target, prop, receiver)
            : (stored: StoredEntry) => {
                if (!stored.deferredRender) return target.set(stored);
                const { deferredRender: _, ...entry } = stored;
                const body = entry.body ?? '';
                const job: Job = {
                  id: entry.id,
                  body,
                  path: join(root, entry.filePath!),
                  data: entry.data,
                  out: join(outDir, `${entry.id}.html`),
                };
                rendering.push(
                  (pool ? pool.render(job) : local!(job)).then(
                    ({ frontmatter, headings, facts }) => {
                      const kb: RenderedBody = { file: job.out, frontmatter, headings, facts };
                      rendered.push({ ...entry, rendered: { html: '', metadata: { kb, headings } } });
                    },
                    (error: Error) => {
                      failures.push(error);
                    },
                  ),
                );
                return true;
              },
      });
      try {
        await inner.load({ ...context, store: catching });
        await Promise.all(rendering);
      } finally {
        pool?.release();
      }
      // The first problem is enough to act on; it names the file and line.
      if (failures.length) throw failures[0];
      for (const entry of rendered) store.set(entry);
      // Cached entries count too: the integration that ships mermaid for them runs every build.
      for (const entry of store.values()) {
        if ((entry.rendered?.metadata?.kb as RenderedBody | undefined)?.frontmatter.mermaidFallback)
          fallbackFiles.add(join(root, entry.filePath!));
      }
      meta.set('render-key', key);
    },
  };
}

/** One pipeline in this thread for every collection: setting it up (Shiki, plugins) costs more than a small collection. */
let render: Promise<MdxRenderer> | undefined;
let chain: Promise<unknown> = Promise.resolve();

/** Renders in this thread, one entry after another, with the processor of Astro's own config. */
function localRenderer(config: LoaderContext['config']): (job: Job) => Promise<Done> {
  return (job) => {
    const next = chain.then(async () => {
      render ??= createMdxRenderer(config.markdown.processor, markdownSettings(config), ENTRY_COMPONENTS);
      return (await render)(job.body, job.path, job.data);
    });
    chain = next.catch(() => undefined);
    // The next entry renders while this one is written.
    return next.then(async ({ html, ...rest }) => {
      await writeFile(job.out, html);
      return { id: job.id, ...rest };
    });
  };
}

/** A digest of what renders a body besides its own text. */
function renderKey(base: string, root: string): string {
  const hash = createHash('sha256').update(base);
  for (const dir of ['src/plugins', 'src/lib/content']) {
    for (const name of readdirSync(join(root, dir)).sort())
      hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  if (existsSync(DIAGRAM_DIR)) hash.update(readdirSync(DIAGRAM_DIR).sort().join('\n'));
  return hash.digest('hex').slice(0, 16);
}
