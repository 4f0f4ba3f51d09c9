import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readerEnv, tmpDir } from './fixture.ts';

/**
 * Builds a site from a content folder with the real `astro build`, in a child process so the build
 * sees the same environment a reader's build does. `project` is the project to build with (this
 * repository, or a copy of it). Returns the output folder. Builds run in parallel. A `failing` build
 * must exit non-zero (its output is kept in `<output folder>.output`).
 */
export function buildSite(
  name: string,
  contentDir: string,
  options: { base?: string; project?: string; failing?: boolean; env?: Record<string, string> } = {},
): Promise<string> {
  const { base = '/', project = ROOT, failing = false } = options;
  const outDir = tmpDir(`${name}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...readerEnv(),
    KB_CONTENT_DIR: contentDir,
    KB_OUT_DIR: outDir,
    KB_CACHE_DIR: tmpDir(`${name}-cache`),
    BASE_PATH: base,
    KB_DIAGRAM_DIR: join(ROOT, 'content/diagrams'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  const child = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: project,
    env,
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      // A site built to fail (hostile content) must fail, and leaves what it printed beside its output.
      if (failing && code !== 0) writeFileSync(`${outDir}.output`, output);
      if ((code === 0) !== failing) return resolve(outDir);
      reject(
        new Error(`astro build ${failing ? 'passed, but should have failed,' : 'failed'} for ${name}:\n${output}`),
      );
    });
  });
}
