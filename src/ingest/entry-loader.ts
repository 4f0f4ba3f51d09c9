import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DIAGRAM_DIR } from './diagrams/cache.ts';
import { frontmatterBlock, parseYaml } from './frontmatter.ts';
import { NOTED } from './plugins/index.ts';
import { entryRenderer, renderSettings } from './render/entry-renderer.ts';
import { inLanes, type Render, renderLanes } from './render/render-helpers.ts';
import { renderKey } from './render/render-key.ts';
import { siteUrls } from './settings.ts';
import { syntaxErrorOf } from './tree-shape.ts';

/**
 * The entries' loader, written against Astro's documented Loader API: it reads each `.mdx` file of
 * one collection folder, validates its frontmatter with `parseData`, renders its body once
 * (render/entry-renderer.ts) and stores the HTML, headings and plugin notes in `rendered`, so that
 * `render(entry)` gives the page its body as Astro documents. An entry whose file and render key
 * (render/render-key.ts: the code, configuration, dependencies and settings) are unchanged since
 * the last build keeps its stored HTML; in `npm run dev` the watcher renders an edited or added
 * file at once and drops a deleted one.
 */
const RENDER_KEY = 'render-key';

export function entryLoader(dir: string): Loader {
  return { name: 'kb-entries', load: (context) => loadEntries(context, dir) };
}

interface Read {
  id: string;
  filePath: string;
  text: string;
  digest: string;
}

async function loadEntries(context: LoaderContext, dir: string): Promise<void> {
  const { store, meta, config, watcher, logger } = context;
  const root = fileURLToPath(config.root);
  const settings = renderSettings(config.markdown, siteUrls());
  const render = entryRenderer(settings);
  const key = renderKey(root, DIAGRAM_DIR);
  // Stored HTML from other code, settings or dependencies is never reused.
  if (meta.get(RENDER_KEY) !== key) store.clear();

  const read = async (path: string): Promise<Read> => {
    // A byte order mark is how some editors start a UTF-8 file: it is not part of the text.
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const filePath = relative(root, path).split('\\').join('/');
    return { id: basename(path, '.mdx'), filePath, text, digest: context.generateDigest(`${key}\n${text}`) };
  };
  const renderEntry = async (f: Read, renderBody: Render = render) => {
    const frontmatter = frontmatterOf(f.text, f.filePath);
    const data = await context.parseData({ id: f.id, data: frontmatter, filePath: f.filePath });
    const body = await renderBody(f.text, f.filePath, frontmatter).catch((e: unknown) => explain(f.filePath, e));
    // The pages read what the plugins noted; the frontmatter itself is the entry's `data` already.
    const noted = Object.fromEntries(NOTED.filter((k) => k in body.frontmatter).map((k) => [k, body.frontmatter[k]]));
    const metadata = { headings: body.headings, frontmatter: noted };
    return { id: f.id, data, filePath: f.filePath, digest: f.digest, rendered: { html: body.html, metadata } };
  };
  const storeEntry = (entry: Awaited<ReturnType<typeof renderEntry>>) => store.set(entry);

  // A collection without a folder yet is empty, as the checks see it.
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files = await Promise.all(
    names
      .filter((n) => n.endsWith('.mdx'))
      .sort()
      .map((n) => read(join(dir, n))),
  );
  const changed = files.filter((f) => store.get(f.id)?.digest !== f.digest);
  // Many bodies to render are shared with helper threads (render/render-helpers.ts).
  const { lanes, release } = renderLanes(changed.length, settings, render);
  try {
    await inLanes(changed, lanes, renderEntry, storeEntry);
  } finally {
    release();
  }
  const found = new Set(files.map((f) => f.id));
  for (const id of store.keys()) if (!found.has(id)) store.delete(id);
  meta.set(RENDER_KEY, key);

  if (!watcher) return;
  const mine = (path: string) =>
    path.startsWith(`${dir}/`) && path.endsWith('.mdx') && !path.slice(dir.length + 1).includes('/');
  const reload = (path: string) => {
    if (!mine(path)) return;
    // A broken edit keeps the last good page; the dev checks show what is wrong in the terminal and the page.
    read(path)
      .then(renderEntry)
      .then(storeEntry)
      .catch((error: Error) => logger.error(error.message));
  };
  watcher.on('change', reload);
  watcher.on('add', reload);
  watcher.on('unlink', (path) => mine(path) && store.delete(basename(path, '.mdx')));
}

/** A body that is not valid MDX, said with its place; the checks said it first, in a build. */
function explain(filePath: string, error: unknown): never {
  const at = syntaxErrorOf(error);
  throw new AstroError(
    `${filePath}:${at.line}:${at.column} mdx-syntax ${at.message}`,
    'fix the MDX at that place (`npm run check` lists every problem)',
  );
}

/**
 * The frontmatter's fields, read by the checks' YAML reader (its limits and its wording); a file
 * without frontmatter, or with broken YAML, is said with its place.
 */
function frontmatterOf(text: string, filePath: string): Record<string, unknown> {
  const block = frontmatterBlock(text);
  if (!block) throw new AstroError(`${filePath}:1:1 frontmatter the file has no frontmatter`, 'start it with `---`');
  // The YAML starts on the file's second line.
  const { data, errors } = parseYaml(block.yaml, 1);
  const [first] = errors;
  if (first)
    throw new AstroError(
      `${filePath}:${first.line}:${first.column} yaml ${first.message}`,
      'fix the YAML (`npm run check` says where)',
    );
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}
