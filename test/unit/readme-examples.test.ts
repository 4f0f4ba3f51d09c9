import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runChecks } from '../../src/checks/content/index.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, CONTENT, ROOT } from '../helpers/fixture.ts';

/*
 * Every complete example file of the README passes the content checks as written. A block whose
 * info string names a file (```mdx file=content/techniques/x.mdx) is a complete file; one marked
 * `add-to=content/...` adds its list items to those frontmatter fields of that file (how a new entry
 * is linked from another); every other block is a fragment and is not checked.
 */
interface Example {
  kind: 'file' | 'add-to';
  /** Path under content/. */
  path: string;
  text: string;
}

function examplesOf(readme: string): Example[] {
  const examples: Example[] = [];
  visit(unified().use(remarkParse).parse(readme), 'code', (node: Code) => {
    const marker = /(?:^|\s)(file|add-to)=content\/(\S+)/.exec(node.meta ?? '');
    if (marker) examples.push({ kind: marker[1] as Example['kind'], path: marker[2]!, text: `${node.value}\n` });
  });
  return examples;
}

/** Adds the items of each `field: [items]` line of `text` to that field of the file's frontmatter. */
function addTo(file: string, text: string): string {
  const [, head, body] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(file)!;
  const doc = parseDocument(head!);
  const additions = parseDocument(text).toJS() as Record<string, unknown[]>;
  for (const [field, items] of Object.entries(additions)) {
    const list = (doc.get(field) ? (doc.getIn([field]) as { toJSON(): unknown[] }).toJSON() : []) as unknown[];
    doc.set(field, [...list, ...items]);
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}

let copies = 0;
/** Every problem `npm run check` reports on content/ with the README's examples written into it. */
async function checkExamples(readme: string): Promise<string[]> {
  const examples = examplesOf(readme);
  const edits = Object.fromEntries(
    examples.map((e) => [e.path, e.kind === 'file' ? e.text : (old: string) => addTo(old, e.text)]),
  );
  const dir = brokenCopy(`readme-examples-${copies++}`, CONTENT, edits);
  return (await runChecks(dir, ROOT)).problems.map(formatProblem);
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the README examples', () => {
  it('mark an entry, a source and the link to the entry', () => {
    expect(examplesOf(README).map((e) => `${e.kind}=${e.path}`)).toEqual([
      'file=techniques/query-by-committee.mdx',
      'add-to=techniques/active-learning.mdx',
      'file=sources/example-shop-photo-labels.yaml',
    ]);
  });

  it('pass every content check as written', async () => {
    expect(await checkExamples(README)).toEqual([]);
  });

  it.each([
    ['a source without its kind', 'kind: blog-post           # blog-post', '# kind', /`kind` is missing/],
    ['an entry no other entry links', 'related: [query-by-committee]', 'related: []', /orphan/],
    [
      'an entry whose section pin is inside bold',
      '## When to use it \\{#when-to-use}',
      '## **When to use it \\{#when-to-use}**',
      /misplaced-id/,
    ],
  ])('fail on %s', async (_, from, to, problem) => {
    expect(README).toContain(from);
    expect((await checkExamples(README.replace(from, to))).join('\n')).toMatch(problem);
  });
});
