import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * When each content file last changed, from git history: one `git log` over the content folder per
 * build (and one `git rev-parse` for where the repository and its shallow boundary are), never one
 * process per file. Commit dates only, never the clock or the files' mtimes, so the same checkout
 * always gives the same dates. Where there is no answer (no git, a folder outside any repository,
 * a file never committed), a file simply has no date and pages say so.
 */

/** A date from history; `bound` when history is cut there (a shallow clone): the real date is on or before it. */
export interface HistoryDate {
  date: string;
  bound: boolean;
}
interface FileHistory {
  /** The last commit that changed the file. */
  updated: HistoryDate;
  /** The first commit that has it, as far back as history reaches. */
  created: HistoryDate;
}
export interface GitDates {
  /** The repository's top folder, or null when the content is in none (or git is missing). */
  root: string | null;
  /** Absolute file path → its history; files git never saw are absent. */
  files: Map<string, FileHistory>;
}

const run = (dir: string, args: string[]): string | null => {
  try {
    return execFileSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
  } catch {
    return null;
  }
};

/** The commits a shallow clone was cut at (`.git/shallow`); empty for a full clone. */
function boundaryCommits(dir: string, shallowFile: string | undefined): Set<string> {
  const path = shallowFile ? resolve(dir, shallowFile) : '';
  return new Set(path && existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);
}

/**
 * Reads `git log --name-only` output (records of `\0<hash> <ISO date>` then file names relative to
 * `dir`, newest first): the first record naming a file is its last change, the last one its creation.
 */
function parseLog(log: string, dir: string, boundary: Set<string>): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  for (const record of log.split('\0').slice(1)) {
    const [head = '', ...names] = record.split('\n');
    const [hash = '', date = ''] = head.split(' ');
    const at = { date, bound: boundary.has(hash) };
    for (const name of names.filter(Boolean)) {
      const path = join(dir, name);
      const known = files.get(path);
      if (known) known.created = at;
      else files.set(path, { updated: at, created: at });
    }
  }
  return files;
}

export function gitDates(dir: string): GitDates {
  const info = run(dir, ['rev-parse', '--show-toplevel', '--git-path', 'shallow']);
  if (info === null) return { root: null, files: new Map() };
  const [root = '', shallowFile] = info.trim().split('\n');
  // Merges are skipped (`--name-only` lists no files for them): a file's date is that of the commit that changed it.
  const log = run(dir, ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--relative', '--', '.']);
  return { root, files: log ? parseLog(log, resolve(dir), boundaryCommits(dir, shallowFile)) : new Map() };
}

/** `2026-12-05T11:37:54+01:00` → `2026-12-05` (in UTC, so the day does not depend on the build machine). */
export const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** How a page says when it last changed: "5 December 2026", "on or before 5 December 2026", or "date unknown". */
export function describeDate(d: HistoryDate | undefined): string {
  if (!d) return 'date unknown';
  const day = new Date(d.date).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return d.bound ? `on or before ${day}` : day;
}
