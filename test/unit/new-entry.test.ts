import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { fillEntry, fillSource, runNew } from '../helpers/authoring.ts';
import { brokenCopy, FIXTURE, ROOT } from '../helpers/fixture.ts';

/*
 * `npm run new`, run as a script: what it writes fails `npm run check` on its placeholders only
 * until an author fills them, then passes, linked from the entry named; and it refuses what it
 * cannot write, writing nothing.
 */
const rulesOf = async (dir: string) => new Set((await runChecks(dir, ROOT)).problems.map((p) => p.rule));

describe('npm run new', () => {
  it('writes a technique and its postmortem that pass the checks once their placeholders are filled', async () => {
    const dir = brokenCopy('new-entry', FIXTURE, {});
    const source = runNew(dir, ['source', 'Calibration postmortem', '--kind', 'postmortem']);
    expect(source.status, source.output).toBe(0);
    const made = runNew(dir, [
      'technique',
      'Conformal prediction',
      '--tags',
      'ranking',
      '--stage',
      'model-selection',
      '--from',
      'practices/rank-simply',
    ]);
    expect(made.status, made.output).toBe(0);
    const entryFile = join(dir, 'techniques/conformal-prediction.mdx');
    const sourceFile = join(dir, 'sources/calibration-postmortem.yaml');
    // As written, the placeholders are what stands between the author and a passing check.
    expect(await rulesOf(dir)).toContain('placeholder');
    writeFileSync(sourceFile, fillSource(readFileSync(sourceFile, 'utf8')));
    writeFileSync(entryFile, fillEntry(readFileSync(entryFile, 'utf8'), 'calibration-postmortem'));
    expect((await runChecks(dir, ROOT)).problems).toEqual([]);
    const practice = (await loadContent(dir, ROOT)).entries.find((e) => e.id === 'rank-simply')!;
    expect(practice.data).toMatchObject({ techniques: [{ collection: 'techniques', id: 'conformal-prediction' }] });
    expect(readFileSync(entryFile, 'utf8')).toMatch(/^origin: team$/m);
  });

  it('links from an entry without a reference field by a line in its body', async () => {
    const dir = brokenCopy('new-entry-body-link', FIXTURE, {});
    expect(
      runNew(dir, [
        'technique',
        'Conformal prediction',
        '--tags',
        'ranking',
        '--stage',
        'data',
        '--from',
        'challenges/cold-start',
      ]).status,
    ).toBe(0);
    expect(readFileSync(join(dir, 'challenges/cold-start.mdx'), 'utf8')).toContain(
      'See also [Conformal prediction](/techniques/conformal-prediction/).',
    );
  });

  it.each([
    [['widget', 'A title'], /unknown collection "widget"/],
    [['practice', 'Rank simply', '--tags', 'ranking', '--stage', 'data'], /rank-simply\.mdx already exists/],
    [['practice', 'New one', '--tags', 'nope', '--stage', 'data'], /tag "nope" not in content\/tags\.yaml/],
    [['practice', 'New one', '--tags', 'ranking'], /give the lifecycle stage with --stage/],
    [['practice', 'New one', '--tags', 'ranking', '--stage', 'data', '--from', 'practices/nope'], /names no entry/],
  ])('refuses %j with a message and writes nothing', (args, message) => {
    const dir = brokenCopy('new-entry-refused', FIXTURE, {});
    const run = runNew(dir, args);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(message);
    expect(run.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, 'practices/new-one.mdx'))).toBe(false);
  });

  it('refuses flags that npm kept for itself (no `--` before them), instead of titling the entry with their values', () => {
    const dir = brokenCopy('new-entry-npm-flags', FIXTURE, {});
    // What `npm run new practice "New one" --tags ranking --stage data` hands the script.
    const run = runNew(dir, ['practice', 'New one', 'ranking', 'data'], {
      npm_config_tags: 'true',
      npm_config_stage: 'true',
    });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/npm took --tags, --stage for its own setting.*put `--` before the flags/);
    expect(existsSync(join(dir, 'practices/new-one-ranking-data.mdx'))).toBe(false);
  });

  it('takes the flags after a `--` when run with node itself', () => {
    const dir = brokenCopy('new-entry-node-dashes', FIXTURE, {});
    const run = runNew(dir, ['practice', 'New one', '--', '--tags', 'ranking', '--stage', 'data']);
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(dir, 'practices/new-one.mdx'), 'utf8')).toMatch(/^tags: \[ranking\]$/m);
  });
});
