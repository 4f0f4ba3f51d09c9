import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../ingest/settings.ts';

/**
 * The content checks in `npm run dev`: run when the server starts and after every change under the
 * content folder, with every problem printed in the terminal (`file:line:column rule message`) and
 * shown on every page in a banner (components/dev-problems.astro), without stopping the server.
 * The pages read the problems from a virtual module (Vite's documented plugin hooks), which a new
 * answer invalidates; it also says whether this is the dev server (`serving`), which Vite's
 * `import.meta.env.DEV` does not: that follows NODE_ENV, which a build may run under. Open pages reload themselves when the content or the problems change: they
 * ask `/kb-dev/content-version`, a route that exists in dev only (components/dev-reload.astro). In a
 * build the module holds no problem: the build runs the checks before it starts (scripts/build.ts).
 */
const VIRTUAL = 'virtual:kb/dev';
/**
 * Where the version route answers (src/pages/kb-dev/[name].ts, a path in dev only), with the
 * trailing slash that `trailingSlash: 'always'` asks of every route: asked without it, the dev
 * server now and then answered with Astro's 404 page, and an open tab never reloaded.
 */
export const CONTENT_VERSION_ROUTE = '/kb-dev/content-version/';
const RESOLVED = `\0${VIRTUAL}`;

export function devChecks(): AstroIntegration {
  let problems: string[] = [];
  let serving = false;
  return {
    name: 'kb-dev-checks',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        serving = command === 'dev';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kb-dev-problems',
                resolveId: (id: string) => (id === VIRTUAL ? RESOLVED : undefined),
                load: (id: string) =>
                  id === RESOLVED
                    ? `export const serving = ${serving};\nexport const problems = ${JSON.stringify(problems)};`
                    : undefined,
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        const worker = new Worker(new URL('./check-thread.ts', import.meta.url));
        worker.unref();
        let running = false;
        let again = false;
        const run = () => {
          if (running) again = true;
          else {
            running = true;
            worker.postMessage('check');
          }
        };
        worker.on('message', (answer: { problems: string[] }) => {
          running = false;
          if (again) {
            again = false;
            return run();
          }
          const changed = answer.problems.join('\n') !== problems.join('\n');
          problems = answer.problems;
          for (const p of problems) logger.error(p);
          logger.info(
            problems.length ? `${problems.length} content problem(s), listed above` : 'content checks passed',
          );
          if (!changed) return;
          for (const env of Object.values(server.environments)) {
            const module = env.moduleGraph.getModuleById(RESOLVED);
            if (module) env.moduleGraph.invalidateModule(module);
          }
        });
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir)) return;
          clearTimeout(timer);
          timer = setTimeout(run, 100);
        });
        run();
      },
    },
  };
}
