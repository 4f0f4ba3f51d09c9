import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedEntry, RenderSettings } from './entry-renderer.ts';
import type { RenderJob } from './render-thread.ts';

/*
 * A large collection is rendered on more than one core: on the build's thread, and beside it on
 * helper threads that run the same renderer with the same settings (render-thread.ts). Astro's
 * `experimental.parallelPrerender` spreads the pages, not the content sync, where the bodies are
 * rendered. Astro loads the collections at the same time, so the helpers serve them all: the first
 * loader with enough to render starts them, the last one done stops them. test/mdx/render-helpers
 * holds the helpers to the same output as the build's thread, for every real entry.
 */
export type Render = (text: string, filePath: string, frontmatter: Record<string, unknown>) => Promise<RenderedEntry>;

/**
 * Fewer bodies than this in a collection render on the build's thread alone. A helper spends about
 * a second of a core loading the pipeline and holds about 150 MB. Measured with a helper for every
 * collection, on 2 cores: 200 entries built 0.9 s slower, 1,000 (collections of 100 to 400) no
 * faster, and 5,000 (collections of 500 to 2,000) 29 s faster, in 88 s instead of 116 s. There the
 * build's own heap, which holds every rendered body, makes each body it renders itself slower.
 */
const WORTH_A_HELPER = 500;
/** Each helper holds its own copy of the pipeline in memory: a few, even on a machine with many cores. */
const MOST_HELPERS = 3;

interface Helper {
  worker: Worker;
  waiting: Map<number, (body: RenderedEntry | undefined) => void>;
  /** Set when the thread fails: its bodies, and any later ones, go to the build's thread. */
  broken: boolean;
}
let helpers: Helper[] = [];
let users = 0;
let nextJob = 0;

/**
 * The ways to render `count` bodies: `here` (the build's thread) and, when they are enough and
 * the settings can be handed to a thread (no functions in them), a helper per spare core, given
 * two bodies at a time so that it never waits for the build's thread to hand it the next one.
 * The helpers keep the settings of the loader that started them: every loader of a build has the
 * same. `release` when done: the last release stops the helpers.
 */
export function renderLanes(count: number, settings: RenderSettings, here: Render, worthAHelper = WORTH_A_HELPER) {
  const spare = Math.min(availableParallelism() - 1, MOST_HELPERS);
  if (count < worthAHelper || spare < 1 || !cloneable(settings)) return { lanes: [here], release: () => {} };
  if (!users++) helpers = Array.from({ length: spare }, () => startHelper(settings));
  let released = false;
  return {
    lanes: [here, ...helpers.flatMap((helper) => [helperRender(helper, here), helperRender(helper, here)])],
    release: () => {
      if (released) return;
      released = true;
      if (--users) return;
      for (const { worker } of helpers) void worker.terminate();
      helpers = [];
    },
  };
}

function startHelper(settings: RenderSettings): Helper {
  const worker = new Worker(new URL('./render-thread.ts', import.meta.url), { workerData: settings });
  const helper: Helper = { worker, waiting: new Map(), broken: false };
  worker.on('message', ({ id, body }: { id: number; body?: RenderedEntry }) => {
    helper.waiting.get(id)?.(body);
    helper.waiting.delete(id);
  });
  worker.on('error', () => {
    helper.broken = true;
    for (const answer of helper.waiting.values()) answer(undefined);
    helper.waiting.clear();
  });
  return helper;
}

/** A body the helper could not render is rendered here, so that its error reads as it always does. */
const helperRender =
  (helper: Helper, here: Render): Render =>
  async (text, filePath, frontmatter) => {
    const id = nextJob++;
    const body = helper.broken
      ? undefined
      : await new Promise<RenderedEntry | undefined>((answer) => {
          helper.waiting.set(id, answer);
          try {
            helper.worker.postMessage({ id, text, filePath, frontmatter } satisfies RenderJob);
          } catch {
            // Frontmatter that cannot be copied to a thread (nothing YAML gives) is rendered here.
            helper.waiting.delete(id);
            answer(undefined);
          }
        });
    return body ?? here(text, filePath, frontmatter);
  };

function cloneable(settings: RenderSettings): boolean {
  try {
    structuredClone(settings);
    return true;
  } catch {
    return false;
  }
}

/**
 * `work` on every item, each lane taking the next item as soon as it is free; `keep` gets the
 * results in the items' order, whichever lane finished first, so the store fills alike every time.
 */
export async function inLanes<T, R>(
  items: T[],
  lanes: Render[],
  work: (item: T, render: Render) => Promise<R>,
  keep: (result: R) => void,
) {
  const done = new Map<number, R>();
  let next = 0;
  let kept = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < items.length) {
        const at = next++;
        // The first failure ends the work: no lane takes another item, as a plain loop would stop.
        const result = await work(items[at]!, lane).catch((error: unknown) => {
          next = items.length;
          throw error;
        });
        done.set(at, result);
        for (; done.has(kept); kept++) {
          keep(done.get(kept)!);
          done.delete(kept);
        }
        // Rendering here runs without a break: let the helpers' answers in between two bodies.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }),
  );
}
