import { relative, resolve } from 'node:path';
import { type GitDates, gitDates, type HistoryDate } from './git-dates.ts';

/*
 * How fresh each entry is and where to propose a fix: its git dates (src/model/git-dates.ts), the
 * "Edit this page" address when REPO_URL is set, and which of its case studies are old. Read at
 * render time from the environment, so these settings never change Astro's config or its data store.
 */
export interface Freshness {
  updated?: HistoryDate | undefined;
  created?: HistoryDate | undefined;
  /** The file's path in the repository (`content/practices/x.mdx`), or null when it is in none. */
  repoPath: string | null;
}

/** Entry key → its freshness, from one reading of the history of the content folder. */
export function freshnessOf(entries: { key: string; filePath: string }[], contentDir: string): Map<string, Freshness> {
  const dates: GitDates = gitDates(contentDir);
  return new Map(
    entries.map(({ key, filePath }) => {
      const file = resolve(filePath);
      const history = dates.files.get(file);
      const inRepo = dates.root !== null && !relative(dates.root, file).startsWith('..');
      const repoPath = inRepo && dates.root ? relative(dates.root, file).split('\\').join('/') : null;
      return [key, { updated: history?.updated, created: history?.created, repoPath }];
    }),
  );
}

type Env = Record<string, string | undefined>;

/**
 * GitHub-style `<REPO_URL>/edit/<REPO_BRANCH>/<path>` (GitLab and Gitea read the same shape), or
 * null when REPO_URL is not set or the file is in no repository: then the page shows no link.
 */
export function editUrl(repoPath: string | null, env: Env = process.env): string | null {
  const repo = env.REPO_URL?.trim().replace(/\/+$/, '');
  if (!repo || !repoPath) return null;
  if (!/^https?:\/\//.test(repo))
    throw new Error(`REPO_URL must be the repository's http(s) address, e.g. https://github.com/org/kb (got ${repo})`);
  const branch = env.REPO_BRANCH?.trim() || 'main';
  return `${repo}/edit/${branch.split('/').map(encodeURIComponent).join('/')}/${repoPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** KB_STALE_YEARS (default 10): a case study older than this, at the page's last update, is marked as old. */
export function staleYears(env: Env = process.env): number {
  const raw = env.KB_STALE_YEARS?.trim();
  if (!raw) return 10;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`KB_STALE_YEARS must be a whole number of years, 1 or more, e.g. KB_STALE_YEARS=10 (got ${raw})`);
  return n;
}

/**
 * "older than N years" when a case study was published more than N years before the page's last
 * update; measured against that date, not the clock, so a rebuild of the same checkout says the same.
 */
export function ageNote(
  source: { year: number | null; role: string },
  updated: HistoryDate | undefined,
  years: number,
): string | null {
  if (source.role !== 'case-study' || source.year === null || !updated) return null;
  const asOf = new Date(updated.date).getUTCFullYear();
  return asOf - source.year > years ? `older than ${years} years` : null;
}
