import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'test/fixtures/kb');
export const CONTENT = join(ROOT, 'content');
const TMP = join(ROOT, 'test/.tmp');

/**
 * A throw-away copy of a content folder with some files changed: the broken fixtures that
 * prove each check fires. `edits` maps a relative path to new text, or to a function of the old.
 */
export function brokenCopy(
  name: string,
  from: string,
  edits: Record<string, string | ((old: string) => string) | null>,
): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Rendered diagrams are not content the checks read; a copy of the real content does without them.
  cpSync(from, dir, { recursive: true, filter: (src) => src !== join(from, 'diagrams') });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    if (edit === null) {
      rmSync(file);
      continue;
    }
    const next = typeof edit === 'function' ? edit(readFileSync(file, 'utf8')) : edit;
    if (typeof edit === 'function' && next === readFileSync(file, 'utf8'))
      throw new Error(`edit of ${path} changed nothing`);
    mkdirSync(dirname(file), { recursive: true }); // a new file may open a new collection folder
    writeFileSync(file, next);
  }
  return dir;
}

export const tmpDir = (name: string) => join(TMP, name);

/** A design-review questions page whose second question links no entry (rule `question-without-links`, line 14). */
export const UNLINKED_QUESTIONS = [
  '---',
  'title: Review questions',
  'summary: Questions for a fixture design review.',
  'tags: [labeling]',
  'guide: [part-one-a]',
  '---',
  '',
  '## Data',
  '',
  '### Who labels the items? \\{#q-labels}',
  '',
  '[Label by hand](/practices/label-by-hand/)',
  '',
  '### How fresh is the data? \\{#q-fresh}',
  '',
  'Nobody knows yet.',
  '',
].join('\n');

/** What vitest adds to the environment (NODE_ENV=test, MODE, BASE_URL...), which would change how Astro builds. */
const VITEST_ENV = /^(NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|TEST|VITEST.*)$/;

/** The environment as a reader's shell has it: without what vitest added. */
export const readerEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
