import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../report/problems.ts';
import type { RuleId } from '../report/rules.ts';
import { invisibleCharProblems } from './invisible-chars.ts';

/**
 * Reading content files defensively: what Astro would silently skip, follow or choke on is
 * reported here with the file's name. A symlink can publish a file from outside the repository;
 * a file in a subfolder or with another extension is never built; a non-UTF-8 file, or one too big
 * to read as a page, would stop the build with an error that names no file.
 */
const MAX_FILE_BYTES = 200 * 1024;

export type Rel = (path: string) => string;

/** The files of one folder that end in `ext`, with problems for everything else in it. */
export async function listContentFiles(dir: string, ext: string, rel: Rel, problems: Problem[]): Promise<string[]> {
  const at = (path: string, rule: RuleId, message: string) =>
    problems.push({ file: rel(path), line: 1, column: 1, rule, message });
  const info = await lstat(dir).catch(() => null);
  if (!info) return [];
  if (info.isSymbolicLink()) {
    at(
      dir,
      'symlink',
      'this folder is a symbolic link: content must be real folders inside the repository; move the files here',
    );
    return [];
  }
  const files: string[] = [];
  for (const d of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, d.name);
    if (d.name.startsWith('.')) continue;
    if (d.isSymbolicLink())
      at(
        path,
        'symlink',
        'this is a symbolic link: it could publish a file from outside the repository; replace it with the file itself',
      );
    else if (d.isDirectory()) at(path, 'stray-file', `subfolders are not read: move the files up into ${rel(dir)}/`);
    else if (!d.name.endsWith(ext))
      at(path, 'stray-file', `only ${ext} files are read here: rename it to end in ${ext}, or move it out of content/`);
    else files.push(path);
  }
  return files;
}

/**
 * The file's text, or null when it must not be read (a symlink). A file that is too big or not
 * UTF-8 is reported and read as far as it safely can, so that its id still counts.
 */
export async function readContentText(
  path: string,
  rel: Rel,
  problems: Problem[],
  limit = MAX_FILE_BYTES,
): Promise<string | null> {
  const at = (rule: RuleId, message: string, line = 1) =>
    problems.push({ file: rel(path), line, column: 1, rule, message });
  const info = await lstat(path).catch(() => null);
  if (info?.isSymbolicLink()) {
    at(
      'symlink',
      'this is a symbolic link: it could publish a file from outside the repository; replace it with the file itself',
    );
    return null;
  }
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) {
    at(
      'unreadable',
      'this file cannot be read: check its name (lowercase ASCII letters, digits and hyphens) and permissions',
    );
    return null;
  }
  // A byte order mark is harmless: dropped here, as editors do.
  const lossy = () => new TextDecoder('utf-8').decode(bytes.subarray(0, limit));
  if (bytes.length > limit) {
    at(
      'file-size',
      `the file is ${Math.round(bytes.length / 1024)} KB (at most ${limit / 1024} KB): split it into several entries ` +
        `that link to each other`,
    );
    // Its frontmatter still names the entry, so files that link to it do not report it as missing.
    const text = lossy();
    return text.slice(0, text.indexOf('\n---', 4) + 5);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    problems.push(...invisibleCharProblems(text, rel(path)));
    return text;
  } catch {
    // The first replacement character marks the first byte that is not UTF-8; the rest is still read.
    const text = lossy();
    at(
      'encoding',
      'the file is not UTF-8 text: re-save it as UTF-8 in your editor',
      text.slice(0, Math.max(text.indexOf('\uFFFD'), 0)).split('\n').length,
    );
    return text;
  }
}
