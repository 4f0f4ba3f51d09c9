import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { PageRead } from '../checks/dist/page-worker.ts';
import { batched, renderedFiles, setPageHook } from '../lib/page-hooks.ts';

/** What the build read of its pages: the pages, what the safety check found on them, and their files. */
export type BuiltPages = PageRead & { seen: ReadonlySet<string> };

/**
 * Reads each page for the built-site checks as the build writes it, in a thread of its own (see
 * src/checks/dist/page-worker.ts), instead of reading dist/ back when the build is done.
 * `npm run build` (scripts/build.ts) adds it after the project's integrations, so its page hook
 * runs last and sees each page exactly as written, Content-Security-Policy included. `pages`
 * resolves when the build is done; the checks read from dist/ only the pages it did not see.
 */
export function distCheckIntegration(): AstroIntegration & { pages: Promise<BuiltPages> } {
  let base = '/';
  let resolve: (read: BuiltPages) => void = () => {};
  let finish = () => resolve({ pages: [], problems: [], seen: new Set() });
  return {
    name: 'kb-dist-check',
    pages: new Promise<BuiltPages>((r) => {
      resolve = r;
    }),
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        const worker = new Worker(new URL('../checks/dist/page-worker.ts', import.meta.url), { workerData: { base } });
        const batch = batched<{ file: string; html: string }>((pages) => worker.postMessage({ pages }));
        setPageHook('dist-check', ({ file, html }) => batch.push({ file, html }));
        worker.once('message', (read: PageRead) => {
          void worker.terminate();
          resolve({ ...read, seen: new Set(renderedFiles()) });
        });
        // Nothing is lost if the thread fails: the checks then read every page from dist/.
        worker.once('error', () => resolve({ pages: [], problems: [], seen: new Set() }));
        finish = () => {
          setPageHook('dist-check');
          batch.flush();
          worker.postMessage({ finish: true });
        };
      },
      'astro:build:done': () => finish(),
    },
  };
}
