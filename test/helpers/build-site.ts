import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tmpDir } from './fixture.ts';

/**
 * Builds the site from a content folder with the real `astro build`, in a child process so the
 * build sees the same environment a reader's build does. Returns the output folder.
 */
export function buildSite(name: string, contentDir: string, base = '/'): string {
  const outDir = tmpDir(`${name}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, KB_CACHE_DIR: tmpDir(`${name}-cache`), BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed for ${name}:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}
