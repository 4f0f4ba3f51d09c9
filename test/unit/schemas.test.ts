import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/ingest/load.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, FIXTURE, ROOT } from '../helpers/fixture.ts';

const load = async (dir: string) => (await loadContent(dir, ROOT)).problems.map(formatProblem);

describe('schemas', () => {
  it('accept the fixture collection', async () => {
    const content = await loadContent(FIXTURE, ROOT);
    expect(content.problems).toEqual([]);
    expect(content.entries.map((e) => `${e.collection}/${e.id}`).sort()).toHaveLength(7);
  });

  it('reject a missing title at the closing `---`, where it is added, saying what to write', async () => {
    const dir = brokenCopy('no-title', FIXTURE, {
      'practices/rank-simply.mdx': (s) => s.replace('title: Rank simply\n', ''),
    });
    const file = relative(ROOT, `${dir}/practices/rank-simply.mdx`);
    expect(await load(dir)).toEqual([
      `${file}:7:1  schema  \`title\` is missing: add \`title:\` with the title readers will see, e.g. \`title: Active ` +
        `learning\``,
    ]);
  });

  it('reject a misspelt field and a bad stage at their lines', async () => {
    const dir = brokenCopy('bad-fields', FIXTURE, {
      'challenges/label-noise.mdx': (s) => s.replace('stages: [data]', 'stages: [dta]').replace('related:', 'relatd:'),
    });
    const problems = await load(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/label-noise\.mdx:4:10  schema  `stages\.0` must be one of: mindset, data/);
    expect(problems[1]).toMatch(/label-noise\.mdx:7:1  schema  unknown field `relatd`: remove it or fix its spelling/);
  });

  it('reject a source with an invented-looking URL and no kind', async () => {
    const dir = brokenCopy('bad-source', FIXTURE, {
      'sources/acme-labels.yaml': (s) =>
        s.replace('url: https://acme.example/labels', 'url: acme.example/labels').replace('kind: blog-post\n', ''),
    });
    const problems = await load(dir);
    expect(problems.some((p) => /acme-labels\.yaml:6:6  schema  `url` must be a full http\(s\) URL/.test(p))).toBe(
      true,
    );
    // A missing field points at the last line of the file, after which it is added.
    expect(problems.some((p) => /acme-labels\.yaml:15:1  schema  `kind` is missing: add `kind:` with/.test(p))).toBe(
      true,
    );
  });

  it('reject YAML that does not parse, with its line', async () => {
    const dir = brokenCopy('bad-yaml', FIXTURE, {
      'techniques/active-learning.mdx': (s) => s.replace('tags: [labeling]', 'tags: [labeling'),
    });
    expect((await load(dir)).join('\n')).toMatch(/active-learning\.mdx:\d+:\d+  yaml  invalid YAML/);
  });
});
