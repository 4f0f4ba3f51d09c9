import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles } from '../helpers/code-files.ts';
import { ROOT } from '../helpers/fixture.ts';

/*
 * The comments and the README are the map a newcomer follows from an entry's file to its page:
 * "drawn ahead by src/emit/pre-build-thread.ts", "test/unit/rules.test.ts fails for...". A file
 * that was renamed or moved leaves such a pointer leading nowhere, and nothing else notices. Every
 * path of the repository that the code, the tests or the README name must exist.
 */

/** A named file (`src/x/y.ts`) or folder (`content/diagrams/`); globs and `<placeholders>` are not names. */
const NAMED =
  /(?<![\w./\]-])(?:(?:src|test|scripts|bench|public)\/[\w./[\]-]*?\.(?:ts|mjs|astro|mdx|md|yaml|yml|json|txt|css)|(?:src|test|scripts|bench|public|content)\/(?:[\w[\]-]+\/)+)(?![\w*<{]|\.\w)/g;

/** Paths named on purpose that are not this repository's, each with why. */
const NOT_OURS = new Map([
  // The benchmark edits the same entry in the Starlight project it builds beside ours.
  ['src/content/docs/practices/practice-1.mdx', 'scripts/bench/size.ts'],
  // The README's example of a collection a team adds.
  ['content/datasets/', 'README.md'],
]);

/** `file:line path` for each named path that `exists` does not find. */
function missingPaths(files: { name: string; text: string }[], exists: (path: string) => boolean): string[] {
  return files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line, i) =>
      [...line.matchAll(NAMED)]
        .map((m) => m[0])
        .filter((path) => NOT_OURS.get(path) !== name && !exists(path))
        .map((path) => `${name}:${i + 1} ${path}`),
    ),
  );
}

const read = (path: string) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') });
/*
 * In the repository means known to git (committed, added, or new and not ignored), so that what passes
 * here passes on a fresh clone: a file that an earlier build or test left on this disk does not count. test/.tmp/ is the tests' scratch folder, where
 * they copy and break fixtures while they run; the messages they expect name files there.
 */
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
  .toString()
  .split('\n')
  .filter(Boolean);
const folders = new Set(
  tracked.flatMap((f) =>
    f
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`),
  ),
);
const files = new Set(tracked);
const inRepo = (path: string) => path.startsWith('test/.tmp/') || files.has(path) || folders.has(path);

describe('paths named in the code, the tests and the README', () => {
  it('all exist', () => {
    // Where the map is written: the code, the scripts and the tests (their Markdown too), the README and the config.
    const texts = [
      ...['src', 'scripts', 'test'].flatMap((d) => codeFiles(join(ROOT, d), /\.(ts|astro|mjs|md)$/)),
      join(ROOT, 'README.md'),
      join(ROOT, 'astro.config.mjs'),
    ]
      // This file names made-up paths on purpose: they are its broken fixture.
      .filter((path) => path !== import.meta.filename)
      .map(read);
    expect(texts.length).toBeGreaterThan(100);
    expect(missingPaths(texts, inRepo)).toEqual([]);
  });

  it('are caught when they lead nowhere, and globs and placeholders are not taken for paths', () => {
    const text = [
      '// drawn ahead by src/checks/content/check-worker.ts, then by src/emit/pre-build-thread.ts.',
      ' * and test/rules.test.ts fails; folders: src/ingest/gone/ and content/diagrams/',
      'every src/ingest/plugins/*.ts, content/<collection>/<id>.mdx, ../scripts/search.ts and src/pages/kb.json.ts',
    ].join('\n');
    expect(missingPaths([{ name: 'broken.ts', text }], inRepo)).toEqual([
      'broken.ts:1 src/checks/content/check-worker.ts',
      'broken.ts:2 test/rules.test.ts',
      'broken.ts:2 src/ingest/gone/',
    ]);
  });
});
