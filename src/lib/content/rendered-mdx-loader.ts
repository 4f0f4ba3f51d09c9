import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGRAM_DIR } from '../diagrams/cache.ts';
import { fallbackFiles } from '../../plugins/remark-mermaid.ts';
import { ENTRY_COMPONENTS } from './entry-components.ts';
import { createMdxRenderer, markdownSettings } from './mdx-pipeline.ts';
import type { RenderedBody } from './rendered-body.ts';
import { renderInWorkers } from './render-pool.ts';
import type { Done, Job } from './render-worker.ts';

/*
 * Astro's glob() loader for MDX entries, except that each body is rendered to HTML once, when
 * the content loads, instead of being compiled into a JavaScript module for Vite to bundle and
 * the pages to import back (most of the build's time and memory at a few thousand entries). The
 * HTML goes to a file in Astro's cache folder (rendered-body.ts); the data store, cached between
 * builds, keeps the rest, so a rebuild renders only the entries that changed.
 */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
/** Below this many entries to render, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 100;

export function renderedMdx(options: { base: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base: options.base });
  return {
    name: 'kb-rendered-mdx',
    load: async (context) => {
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
      const pending: StoredEntry[] = [];
      // glob() stores MDX entries for Vite to compile (deferredRender); those are caught and rendered here.
      const catching = new Proxy(store, {
        get: (target, prop, receiver) => prop === 'set'
          ? (entry: StoredEntry) => { if (!entry.deferredRender) return target.set(entry); pending.push(entry); return true; }
          : Reflect.get(target, prop, receiver),
      });
      await inner.load({ ...context, store: catching });
      const jobs: Job[] = pending.map((e) => ({ id: e.id, body: e.body ?? '', path: join(root, e.filePath!), data: e.data, out: join(outDir, `${e.id}.html`) }));
      const results = jobs.length >= WORKER_THRESHOLD ? await renderInWorkers(jobs, root, markdownSettings(config)) : await inProcess(jobs, config);
      const byId = new Map(pending.map((e, i) => [e.id, { entry: e, job: jobs[i]! }]));
      for (const { id, frontmatter, citations, links } of results) {
        const { entry: { deferredRender: _, body: _body, ...entry }, job } = byId.get(id)!;
        const kb: RenderedBody = { file: job.out, citations, links, frontmatter };
        store.set({ ...entry, rendered: { html: '', metadata: { kb } } });
      }
      // Cached entries count too: the integration that ships mermaid for them runs every build.
      for (const entry of store.values()) {
        if ((entry.rendered?.metadata?.kb as RenderedBody).frontmatter.mermaidFallback) fallbackFiles.add(join(root, entry.filePath!));
      }
      meta.set('render-key', key);
    },
  };
}

async function inProcess(jobs: Job[], config: LoaderContext['config']): Promise<Done[]> {
  if (!jobs.length) return [];
  const render = await createMdxRenderer(config.markdown.processor, markdownSettings(config), ENTRY_COMPONENTS);
  const done: Done[] = [];
  for (const job of jobs) {
    const { html, ...rest } = await render(job.body, job.path, job.data);
    writeFileSync(job.out, html);
    done.push({ id: job.id, ...rest });
  }
  return done;
}

/** A digest of what renders a body besides its own text. */
function renderKey(base: string, root: string): string {
  const hash = createHash('sha256').update(base);
  for (const dir of ['src/plugins', 'src/lib/content']) {
    for (const name of readdirSync(join(root, dir)).sort()) hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  if (existsSync(DIAGRAM_DIR)) hash.update(readdirSync(DIAGRAM_DIR).sort().join('\n'));
  return hash.digest('hex').slice(0, 16);
}
