import { parentPort, workerData } from 'node:worker_threads';
import { entryRenderer, type RenderSettings } from './entry-renderer.ts';

/**
 * A helper thread of the entries' loader (render-helpers.ts): the same renderer, with the same
 * settings, on another core. A body it cannot render is answered `failed`, and the loader renders
 * that one itself, so its error is told exactly as it would be without the helper.
 */
export interface RenderJob {
  id: number;
  text: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

const render = entryRenderer(workerData as RenderSettings);

parentPort!.on('message', ({ id, text, filePath, frontmatter }: RenderJob) => {
  render(text, filePath, frontmatter).then(
    (body) => parentPort!.postMessage({ id, body }),
    () => parentPort!.postMessage({ id, failed: true }),
  );
});
