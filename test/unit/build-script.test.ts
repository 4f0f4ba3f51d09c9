import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCopy, FIXTURE, ROOT, tmpDir } from '../helpers/fixture.ts';
import { BODY, CASES, ENTRY } from '../hostile/corpus.ts';

/*
 * `npm run build` checks the content in a thread while Astro starts (scripts/build.ts): content
 * that fails its checks must stop the build with the checks' own messages, before Astro renders
 * anything, and leave no site behind.
 */
describe('npm run build on content that fails its checks', () => {
  it('prints the problems, builds nothing and exits non-zero, without a stack trace', () => {
    const unclosed = CASES.find((c) => c.name === 'unclosed Guidance')!;
    const dir = brokenCopy('build-script-broken', FIXTURE, unclosed.edits ?? {});
    const out = join(tmpDir('build-script-broken-dist'), 'dist');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KB_CONTENT_DIR: dir, KB_OUT_DIR: out, KB_CACHE_DIR: `${out}-cache` },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${ENTRY}:${BODY}:`);
    expect(run.stderr).toContain('✗ nothing was built.');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |node:internal|Complete!/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

/*
 * A setting that is no address or path stops the build before Astro renders anything, with the
 * setting's name and its fix (src/ingest/settings.ts, src/report/config-error.ts), not a JSON dump,
 * a stack trace, or broken links blamed on the entries.
 */
describe('npm run build with a setting that is no path on the site', () => {
  it('names the setting and its fix, builds nothing and exits non-zero, without a stack trace', () => {
    const out = join(tmpDir('build-script-setting-dist'), 'dist');
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        KB_CONTENT_DIR: FIXTURE,
        // The diagram step prunes its cache to the content built: never the fixture's committed one.
        KB_DIAGRAM_DIR: `${out}-diagrams`,
        KB_OUT_DIR: out,
        KB_CACHE_DIR: `${out}-cache`,
        BASE_PATH: 'kb:/x',
      },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '✗ the build failed: BASE_PATH "kb:/x" is not a path on the site\n  give the sub-path',
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |node:internal|Stack trace|Complete!/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
