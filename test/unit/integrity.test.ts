import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, CONTENT, ROOT } from '../helpers/fixture.ts';

/*
 * Each breakage named by the integrity issue, put into a real entry of the knowledge base: the
 * checks that `npm run check`, `npm test` and `npm run build` share must name it, with file and line.
 */
const ENTRY = 'challenges/cold-start.mdx';
const problemsAfter = async (name: string, edit: (s: string) => string, file = ENTRY) => {
  const dir = brokenCopy(name, CONTENT, { [file]: edit });
  return (await runChecks(dir, ROOT)).problems.map(formatProblem);
};
const appendToBody = (text: string) => (s: string) => `${s.trimEnd()}\n\n${text}\n`;
const lastLine = (s: string) => s.trimEnd().split('\n').length + 2;

describe('integrity checks on real content', () => {
  it('name a reference to a missing entry, suggesting the nearest id', async () => {
    const p = await problemsAfter('real-missing-ref', (s) =>
      s.replace('related: [imbalanced-data', 'related: [imbalanced-dat'),
    );
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      new RegExp(
        /^test\/\.tmp\/real-missing-ref\/challenges\/cold-start\.mdx:\d+:11  unknown-reference  /.source +
          /`related` names "imbalanced-dat".*did you mean `imbalanced-data`/.source,
      ),
    );
  });

  it('name an unknown tag', async () => {
    const p = await problemsAfter('real-unknown-tag', (s) => s.replace(/^tags: \[/m, 'tags: [coldstart, '));
    expect(p).toEqual([
      expect.stringMatching(
        new RegExp(
          /cold-start\.mdx:\d+:8  unknown-tag  /.source +
            /tag "coldstart" is not in content\/tags\.yaml \(did you mean `cold-start`\?\)/.source,
        ),
      ),
    ]);
  });

  it('name an uncited sentence with a figure in it, at its line', async () => {
    let line = 0;
    const p = await problemsAfter('real-uncited-figure', (s) => {
      line = lastLine(s);
      return appendToBody('Cold start hurts 40% of new users.')(s);
    });
    expect(p).toEqual([
      expect.stringMatching(
        new RegExp(
          `cold-start\\.mdx:${line}:1  uncited-figure  paragraph states a figure \\("40%"\\) without a citation`,
        ),
      ),
    ]);
  });

  it('name an uncited claim outside a guidance block', async () => {
    const p = await problemsAfter(
      'real-uncited-claim',
      appendToBody('New items should always be shown to everyone first.'),
    );
    expect(p).toEqual([
      expect.stringMatching(
        /uncited-claim  paragraph "New items should always be shown to everyone first\." cites no source/,
      ),
    ]);
  });

  it('name a link to a missing page', async () => {
    const p = await problemsAfter('real-missing-page', appendToBody('See [the matrix](/matrixx/).'));
    expect(p).toEqual([
      expect.stringMatching(
        /cold-start\.mdx:\d+:5  broken-link  link to \/matrixx\/ points to no page \(did you mean `\/matrix\/`\?\)/,
      ),
    ]);
  });

  it('name a link to a missing #anchor of an existing page', async () => {
    const p = await problemsAfter(
      'real-missing-anchor',
      appendToBody('See [the steps](/frameworks/decision-framework/#the-step).'),
    );
    expect(p).toEqual([
      expect.stringMatching(
        new RegExp(
          [
            /broken-fragment  link to \/frameworks\/decision-framework\/#the-step: \/frameworks\/decision-framework\/ /
              .source + /has no anchor #the-step \(did you mean `the-steps-and-where-to-read-more`\?\)/.source,
            /broken-fragment  link to \/frameworks\/decision-framework\/#the-step: .* has no anchor #the-step/.source,
          ].join('|'),
        ),
      ),
    ]);
  });

  it('name a mermaid block with a syntax error, at the line inside the MDX file', async () => {
    let line = 0;
    const p = await problemsAfter('real-bad-diagram', (s) => {
      line = lastLine(s) + 2;
      return appendToBody('```mermaid\nflowchart TD\n    A[Broken (label)] --> B\n```')(s);
    });
    expect(p).toEqual([
      expect.stringMatching(
        new RegExp(`cold-start\\.mdx:${line}:\\d+  diagram-syntax  mermaid cannot parse this diagram`),
      ),
    ]);
  });

  it('name a diagram link to a missing entry', async () => {
    const p = await problemsAfter(
      'real-bad-click',
      (s) =>
        s.replace(
          'click driftWatch "/practices/monitor-model-performance/"',
          'click driftWatch "/practices/monitor-model/"',
        ),
      'frameworks/decision-framework.mdx',
    );
    expect(p).toEqual([
      expect.stringMatching(
        /decision-framework\.mdx:\d+:\d+  unknown-reference  link to \/practices\/monitor-model\/ points to no entry/,
      ),
    ]);
  });

  it('name a citation of a missing source', async () => {
    const p = await problemsAfter('real-missing-source', (s) =>
      s.replace('[@doordash-item-tagging]', '[@doordash-item-taging]'),
    );
    expect(p[0]).toMatch(
      new RegExp(
        /cold-start\.mdx:\d+:\d+  unknown-source  citation \[@doordash-item-taging\] /.source +
          /names no source in content\/sources\/ \(did you mean `doordash-item-tagging`\?\)/.source,
      ),
    );
  });

  it('name an empty section, a duplicate title and a duplicate anchor', async () => {
    const dir = brokenCopy('real-structure', CONTENT, {
      [ENTRY]: appendToBody('## Nothing here\n\n## Notes \\{#cases}\n\nCold start is hard [@doordash-item-tagging].'),
      'challenges/data-sparsity.mdx': (s) => s.replace(/^title: .*$/m, 'title: Cold start'),
    });
    const rules = (await runChecks(dir, ROOT)).problems.map((p) => p.rule).sort();
    expect(rules).toEqual(['duplicate-anchor', 'duplicate-title', 'empty-section']);
  });

  it('report a source that nothing cites', async () => {
    const dir = brokenCopy('real-unused-source', CONTENT, {
      'sources/extra-unused.yaml':
        'title: An unused source\npublisher: Nobody\nyear: null\nurl: null\nconfidence: low\nkind: paper\nchecked: ' +
        'false\n',
    });
    expect((await runChecks(dir, ROOT)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/extra-unused\.yaml:1:1  unused-source/),
    ]);
  });
});
