import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { DIAGRAM_DIR } from './diagrams/cache.ts';
import { entryRenderer } from './render/entry-renderer.ts';
import { renderKey } from './render/render-key.ts';
import { siteUrls } from './settings.ts';
import { syntaxErrorOf } from './tree-shape.ts';

/**
 * The entries' loader, written against Astro's documented Loader API: it reads each `.mdx` file of
 * one collection folder, validates its frontmatter with `parseData`, renders its body once
 * (render/entry-renderer.ts) and stores the HTML, headings and plugin frontmatter in `rendered`,
 * so that `render(entry)` gives the page its body as Astro documents. An entry whose file and
 * render key (render/render-key.ts: the code, configuration, dependencies and settings) are
 * unchanged since the last build keeps its stored HTML; in `npm run dev` the watcher reloads an
 * edited, added or deleted file at once.
 */
const RENDER_KEY = 'render-key';

export function entryLoader(dir: string): Loader {
  return { name: 'kb-entries', load: (context) => loadEntries(context, dir) };
}

async function loadEntries(context: LoaderContext, dir: string): Promise<void> {
  const { store, meta, config, watcher, logger } = context;
  const root = fileURLToPath(config.root);
  const render = entryRenderer({
    ...siteUrls(),
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
  });
  const key = renderKey(root, DIAGRAM_DIR);
  // Stored HTML from other code, settings or dependencies is never reused.
  if (meta.get(RENDER_KEY) !== key) store.clear();

  const loadFile = async (path: string) => {
    // A byte order mark is how some editors start a UTF-8 file: it is not part of the text.
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const id = basename(path, '.mdx');
    const filePath = relative(root, path).split('\\').join('/');
    const digest = context.generateDigest(`${key}\n${text}`);
    if (store.get(id)?.digest === digest) return id;
    const frontmatter = frontmatterOf(text, filePath);
    const data = await context.parseData({ id, data: frontmatter, filePath });
    const rendered = await render(text, filePath, frontmatter).catch((error: unknown) => {
      const at = syntaxErrorOf(error);
      throw new AstroError(
        `${filePath}:${at.line}:${at.column} mdx-syntax ${at.message}`,
        'fix the MDX at that place (`npm run check` lists every problem)',
      );
    });
    store.set({
      id,
      data,
      filePath,
      digest,
      rendered: {
        html: rendered.html,
        metadata: { headings: rendered.headings, frontmatter: rendered.frontmatter },
      },
    });
    return id;
  };

  // A collection without a folder yet is empty, as the checks see it.
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files = names.filter((f) => f.endsWith('.mdx')).sort();
  const found = new Set<string>();
  for (const f of files) found.add(await loadFile(join(dir, f)));
  for (const id of store.keys()) if (!found.has(id)) store.delete(id);
  meta.set(RENDER_KEY, key);

  if (!watcher) return;
  const mine = (path: string) =>
    path.startsWith(`${dir}/`) && path.endsWith('.mdx') && !path.slice(dir.length + 1).includes('/');
  const reload = (path: string) => {
    if (!mine(path)) return;
    // A broken edit keeps the last good page; the dev checks show what is wrong in the terminal and the page.
    loadFile(path).catch((error: Error) => logger.error(error.message));
  };
  watcher.on('change', reload);
  watcher.on('add', reload);
  watcher.on('unlink', (path) => mine(path) && store.delete(basename(path, '.mdx')));
}

/** The frontmatter's fields; a file without one, or with broken YAML, is said with its place. */
function frontmatterOf(text: string, filePath: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new AstroError(`${filePath}:1:1 frontmatter the file has no frontmatter`, 'start it with `---`');
  try {
    const data = parseYaml(match[1]!) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    throw new AstroError(
      `${filePath}:2:1 yaml ${(error as Error).message}`,
      'fix the YAML (`npm run check` says where)',
    );
  }
}
