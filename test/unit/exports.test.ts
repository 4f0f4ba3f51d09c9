import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles } from '../helpers/code-files.ts';
import { ROOT } from '../helpers/fixture.ts';

/*
 * A module's exports are what the rest of the code may lean on. A name exported that no other file
 * uses reads as part of that surface, and is not: it is kept private, and this test says which
 * one slipped. Astro reads a few names itself (a page's `getStaticPaths`, an endpoint's `GET`, a
 * component's `Props`, the collections of content.config.ts), so those count as used.
 */
const READ_BY_ASTRO = new Set(['collections', 'getStaticPaths', 'GET', 'prerender', 'partial', 'Props']);

/** `export const x`, `export function x`, `export interface X`…, and the names of `export { a, b }`. */
function exportedNames(text: string): string[] {
  const declared = [
    ...text.matchAll(
      /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|function\*?|class|interface|type|enum)\s+([\w$]+)/gm,
    ),
  ].map((m) => m[1]!);
  const listed = [...text.matchAll(/^export\s*(?:type\s*)?\{([^}]*)\}(?!\s*from)/gm)].flatMap((m) =>
    m[1]!
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
      )
      .filter(Boolean),
  );
  return [...declared, ...listed];
}

/** `file name` for each export of `modules` that no other file of `everything` names. */
function unusedExports(modules: string[], everything: Map<string, string>): string[] {
  return modules.flatMap((file) =>
    exportedNames(everything.get(file)!)
      .filter((name) => !READ_BY_ASTRO.has(name))
      .filter((name) => {
        const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
        return ![...everything].some(([other, text]) => other !== file && word.test(text));
      })
      .map((name) => `${file} ${name}`),
  );
}

describe('the exports of src/', () => {
  const everything = new Map(
    [...['src', 'scripts', 'test'].flatMap((d) => codeFiles(join(ROOT, d))), join(ROOT, 'astro.config.mjs')].map(
      (path) => [relative(ROOT, path), readFileSync(path, 'utf8')],
    ),
  );
  const modules = [...everything.keys()].filter((f) => f.startsWith('src/'));

  it('are each used by some other file', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(unusedExports(modules, everything)).toEqual([]);
  });

  it('catch a name exported that nothing else uses, and only that (broken fixture)', () => {
    const fixture = new Map([
      ['a.ts', 'export const used = 1;\nexport function lonely() {}\nconst kept = 2;\nexport { kept as shared };'],
      ['b.ts', "import { used, shared } from './a.ts';\nexport const getStaticPaths = () => [];"],
    ]);
    expect(unusedExports(['a.ts', 'b.ts'], fixture)).toEqual(['a.ts lonely']);
  });
});
