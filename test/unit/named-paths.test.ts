import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  ['src/content/docs/practices/practice-1.mdx', 'scripts/bench/run.ts'],
  // The README's example of a collection a team adds.
  ['content/datasets/', 'README.md'],
]);

/** Where the map is written: the code, the scripts, the tests (not their fixtures or scratch folders) and the README. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['fixtures', '.tmp', 'node_modules'].includes(name)) return [];
    return statSync(path).isDirectory() ? textFiles(path) : /\.(ts|astro|mjs|md)$/.test(name) ? [path] : [];
  });
}

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
const inRepo = (path: string) => existsSync(join(ROOT, path));

describe('paths named in the code, the tests and the README', () => {
  it('all exist', () => {
    const files = [
      ...['src', 'scripts', 'test'].flatMap((d) => textFiles(join(ROOT, d))),
      join(ROOT, 'README.md'),
      join(ROOT, 'astro.config.mjs'),
    ]
      // This file names made-up paths on purpose: they are its broken fixture.
      .filter((path) => path !== import.meta.filename)
      .map(read);
    expect(files.length).toBeGreaterThan(100);
    expect(missingPaths(files, inRepo)).toEqual([]);
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
