import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { ENTRY_COMPONENTS } from './entry-components.ts';
import { createMdxRenderer, type MarkdownSettings, type RenderedMdx } from './mdx-pipeline.ts';

/*
 * A worker thread that renders a share of the entries (rendered-mdx-loader.ts starts one per
 * core). It builds the same processor as the build: the one astro.config.mjs configures, with the
 * settings Astro resolved. It writes each body's HTML to its file and answers with the rest.
 */
export interface Job {
  id: string;
  body: string;
  path: string;
  data: Record<string, unknown>;
  out: string;
}
export type Done = { id: string } & Omit<RenderedMdx, 'html'>;

const { root, markdown } = workerData as { root: string; markdown: MarkdownSettings };
const config = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as {
  default: { markdown: { processor: unknown } };
};
const render = await createMdxRenderer(config.default.markdown.processor, markdown, ENTRY_COMPONENTS);

parentPort!.on('message', async (jobs: Job[]) => {
  const done: Done[] = [];
  // Each body is written while the next renders (libuv's pool does the writing).
  const writes: Promise<void>[] = [];
  try {
    for (const job of jobs) {
      const { html, ...rest } = await render(job.body, job.path, job.data);
      writes.push(writeFile(job.out, html));
      done.push({ id: job.id, ...rest });
    }
    await Promise.all(writes);
    parentPort!.postMessage({ done });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message });
  }
});
