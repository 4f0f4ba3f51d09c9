import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageNote, editUrl, freshnessOf, staleYears } from '../../src/model/freshness.ts';
import { describeDate, gitDates } from '../../src/model/git-dates.ts';

/*
 * Dates from git history on real repositories made here, outside this one (the system's temp
 * folder): a full history, a shallow clone of it, a folder outside any repository. Commit dates are
 * fixed, so the expected dates are the ones the commits were given.
 */
const base = mkdtempSync(join(tmpdir(), 'kb-git-dates-'));
const repo = join(base, 'repo');
const content = join(repo, 'content');
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
    },
  });
const commit = (date: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', date], date);
};

beforeAll(() => {
  mkdirSync(content, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  commit('2015-03-01T10:00:00Z', { 'a.mdx': 'a1', 'b.mdx': 'b1' });
  commit('2020-06-01T10:00:00Z', { 'b.mdx': 'b2' });
  commit('2024-01-15T10:00:00Z', { 'c.mdx': 'c1' });
  git(base, ['clone', '-q', '--depth', '2', `file://${repo}`, 'shallow']);
  mkdirSync(join(base, 'loose'));
  writeFileSync(join(base, 'loose/a.mdx'), 'a');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('dates from git history', () => {
  it('gives each file its last change and its creation, exactly, on a full history', () => {
    const { files, root } = gitDates(content);
    expect(root).toBe(repo);
    const a = files.get(join(content, 'a.mdx'))!;
    const b = files.get(join(content, 'b.mdx'))!;
    expect([a.updated, a.created].map((d) => [new Date(d.date).toISOString(), d.bound])).toEqual([
      ['2015-03-01T10:00:00.000Z', false],
      ['2015-03-01T10:00:00.000Z', false],
    ]);
    expect(new Date(b.updated.date).getUTCFullYear()).toBe(2020);
    expect(new Date(b.created.date).getUTCFullYear()).toBe(2015);
  });

  it('on a shallow clone, says a date at the cut is only an upper bound', () => {
    const dir = join(base, 'shallow/content');
    const { files } = gitDates(dir);
    // History starts at 2020 here: a.mdx's real date (2015) is before it; b.mdx changed at the cut itself.
    const a = files.get(join(dir, 'a.mdx'))!;
    expect([new Date(a.updated.date).getUTCFullYear(), a.updated.bound]).toEqual([2020, true]);
    expect(describeDate(a.updated)).toBe('on or before 1 June 2020');
    const c = files.get(join(dir, 'c.mdx'))!;
    expect([new Date(c.updated.date).getUTCFullYear(), c.updated.bound]).toEqual([2024, false]);
  });

  it('has no dates, and no error, for a folder outside any repository', () => {
    const dir = join(base, 'loose');
    expect(gitDates(dir)).toEqual({ root: null, files: new Map() });
    const fresh = freshnessOf([{ key: 'practices/a', filePath: join(dir, 'a.mdx') }], dir).get('practices/a')!;
    expect(fresh).toEqual({ updated: undefined, created: undefined, repoPath: null });
    expect(describeDate(fresh.updated)).toBe('date unknown');
    expect(editUrl(fresh.repoPath, { REPO_URL: 'https://github.com/o/kb' })).toBeNull();
  });

  it('knows where a file is in its repository, for the edit link', () => {
    const fresh = freshnessOf([{ key: 'practices/c', filePath: join(content, 'c.mdx') }], content);
    expect(fresh.get('practices/c')!.repoPath).toBe('content/c.mdx');
  });
});

describe('the edit link and the age of case studies', () => {
  it('links to the file on its branch only when REPO_URL is set', () => {
    expect(editUrl('content/practices/x.mdx', {})).toBeNull();
    expect(editUrl('content/practices/x.mdx', { REPO_URL: 'https://github.com/o/kb/' })).toBe(
      'https://github.com/o/kb/edit/main/content/practices/x.mdx',
    );
    expect(editUrl('content/x.mdx', { REPO_URL: 'https://git.example/o/kb', REPO_BRANCH: 'release/2' })).toBe(
      'https://git.example/o/kb/edit/release/2/content/x.mdx',
    );
    expect(() => editUrl('content/x.mdx', { REPO_URL: 'git@github.com:o/kb' })).toThrow(/REPO_URL must be/);
  });

  it('marks a case study older than KB_STALE_YEARS at the page date, not at the clock', () => {
    expect(staleYears({})).toBe(10);
    expect(staleYears({ KB_STALE_YEARS: '5' })).toBe(5);
    expect(() => staleYears({ KB_STALE_YEARS: 'ten' })).toThrow(/whole number of years/);
    const page = { date: '2020-06-01T10:00:00Z', bound: false };
    const caseStudy = (year: number) => ({ year, role: 'case-study' });
    expect(ageNote(caseStudy(2009), page, 10)).toBe('older than 10 years');
    expect(ageNote(caseStudy(2010), page, 10)).toBeNull();
    expect(ageNote(caseStudy(2014), page, 5)).toBe('older than 5 years');
    // A paper that defines a technique does not go stale; nor can an undated page say.
    expect(ageNote({ year: 1997, role: 'reference' }, page, 10)).toBeNull();
    expect(ageNote(caseStudy(1997), undefined, 10)).toBeNull();
  });
});
