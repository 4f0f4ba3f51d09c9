import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE, ROOT } from '../helpers/fixture.ts';
import { COPIED, changedFiles, extraCollectionContent } from '../helpers/project.ts';

/*
 * Adding a collection takes at most three files: the registry entry (with its fields), the new
 * entries, and a link to them from an existing entry. The copy of the project that builds the
 * fixture site (test/build/setup.ts) is that change; here it is counted, and checked.
 */
const check = (project: string, content: string) =>
  spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: content },
  });

describe('a collection added in one place', () => {
  const { project } = inject('dist');

  it('changes at most three files: the registry, the new content, and a link to it', () => {
    const content = extraCollectionContent('extra-content-count');
    const files = [
      ...changedFiles(ROOT, project, COPIED),
      ...changedFiles(FIXTURE, content, ['.']).map((f) => `content/${f}`),
    ];
    expect(files).toEqual([
      'src/schemas/registry.ts',
      'content/datasets/widget-clicks.mdx',
      'content/practices/label-by-hand.mdx',
    ]);
    expect(files.length).toBeLessThanOrEqual(3);
  });

  it('is checked like any other: its entries pass, and its required section is enforced', () => {
    const ok = check(project, extraCollectionContent('extra-content-check'));
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/✓ content checks passed: 8 entries/);
    const broken = extraCollectionContent('extra-content-broken');
    const file = join(broken, 'datasets/widget-clicks.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\\{#contents}', ''));
    const failed = check(project, broken);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(
      /datasets\/widget-clicks\.mdx:\d+:1  entry-shape  a dataset needs the section #contents/,
    );
  });

  it('is unknown to the unchanged project, whose checks name the link to it as broken', () => {
    const run = check(ROOT, extraCollectionContent('extra-content-unregistered'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /label-by-hand\.mdx:\d+:\d+  broken-link  link to \/datasets\/widget-clicks\/ points to no page/,
    );
  });
});
