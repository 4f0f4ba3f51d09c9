import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, FIXTURE, ROOT } from '../helpers/fixture.ts';

/*
 * The rules that keep entries deep and honest (issue 15), each proved on a broken copy of the
 * fixture knowledge base: required sections, enough prose, prose about the lesson rather than the
 * guide, figures traced to the cited source, and the unconfirmed marker driven by source data.
 */
const problemsIn = async (name: string, edits: Parameters<typeof brokenCopy>[2]) =>
  (await runChecks(brokenCopy(name, FIXTURE, edits), ROOT)).problems.map(formatProblem);
const RANK = 'practices/rank-simply.mdx';
const addLine = (text: string) => (s: string) => s.replace('Acme began with a simple ranker [@acme-ranking].', text);

describe('entry shape and provenance rules', () => {
  it('name a missing required section, with the heading to add', async () => {
    const p = await problemsIn('shape-missing', { [RANK]: (s) => s.replace('## Pitfalls \\{#pitfalls}', '## Traps') });
    expect(p).toEqual([
      'test/.tmp/shape-missing/practices/rank-simply.mdx:9:1  entry-shape  a practice needs the section #pitfalls ' +
        '(how it goes wrong): add `## Pitfalls \\{#pitfalls}`',
    ]);
  });

  it('accept a required section kept as an alias of a reworded heading', async () => {
    expect(
      await problemsIn('shape-alias', {
        [RANK]: (s) => s.replace('## Pitfalls \\{#pitfalls}', '## Traps \\{#traps #pitfalls}'),
      }),
    ).toEqual([]);
  });

  it('name an entry with too little prose', async () => {
    const p = await problemsIn('shape-short', {
      [RANK]: (s) => s.replace(/<Guidance>\n\n[^<]+<\/Guidance>/g, 'Short [@acme-ranking].'),
    });
    expect(p).toEqual([
      expect.stringMatching(/rank-simply\.mdx:9:1  short-entry  the entry has \d+ words of prose, under 150/),
    ]);
  });

  it('name prose that talks about the guide more than once', async () => {
    const p = await problemsIn('shape-guide', {
      [RANK]: addLine('The guide says Acme ranked simply, and the guide repeats it [@acme-ranking].'),
    });
    expect(p).toEqual([
      'test/.tmp/shape-guide/practices/rank-simply.mdx:9:1  guide-mentions  the prose says "the guide" 2 times (at ' +
        'most 1): write the lesson itself; the page already shows where it comes from',
    ]);
  });

  it('name a figure that the cited source does not record, and accept one it does', async () => {
    const p = await problemsIn('figure-untraced', {
      [RANK]: addLine('Acme cut its latency by 42% with a simple ranker [@acme-ranking].'),
    });
    expect(p).toEqual([
      expect.stringMatching(
        /rank-simply\.mdx:10:1  untraced-figure  the figure "42%" is not recorded in the case data of acme-ranking/,
      ),
    ]);
    const ok = await problemsIn('figure-traced', {
      [RANK]: addLine('Acme cut its latency by 42% with a simple ranker [@acme-ranking].'),
      'sources/acme-ranking.yaml': (s) => `${s}results:\n  - Latency fell by 42% against the previous ranker.\n`,
    });
    expect(ok).toEqual([]);
  });

  it(
    'name an unconfirmed flag that the source data does not back, and an unchecked source cited without ' + 'it',
    async () => {
      const flagged = await problemsIn('unconfirmed-flag', {
        [RANK]: addLine('Acme began with a simple ranker [@acme-ranking, unconfirmed].'),
      });
      expect(flagged).toEqual([
        expect.stringMatching(
          new RegExp(
            /rank-simply\.mdx:10:\d+  unconfirmed-citation  \[@acme-ranking, unconfirmed\] /.source +
              /marks a claim .* lists no `guide_only` claim/.source,
          ),
        ),
      ]);
      const unchecked = await problemsIn('unconfirmed-missing', {
        'sources/acme-ranking.yaml': (s) => s.replace(/checked: true[\s\S]*$/, 'checked: false\n'),
      });
      expect(unchecked).toContainEqual(
        expect.stringMatching(
          /rank-simply\.mdx:10:\d+  unconfirmed-citation  content\/sources\/acme-ranking\.yaml was not checked/,
        ),
      );
      const backed = await problemsIn('unconfirmed-backed', {
        [RANK]: addLine('Acme began with a simple ranker [@acme-ranking, unconfirmed: simple-first].'),
        'sources/acme-ranking.yaml': (s) =>
          `${s}guide_only:\n  - { id: simple-first, claim: Acme began with a simple ranker., guide_line: 1 }\n`,
      });
      expect(backed).toEqual([]);
    },
  );

  it('require the flag on a checked source to name one of its guide-only claims, and list them', async () => {
    const claims = (s: string) =>
      `${s}guide_only:\n  - { id: simple-first, claim: Acme began with a simple ranker., guide_line: 1 }\n` +
      `  - { id: hand-labels, claim: Acme labelled its first items by hand., guide_line: 1 }\n`;
    const unknown = await problemsIn('unconfirmed-unknown', {
      [RANK]: addLine('Acme began with a simple ranker [@acme-ranking, unconfirmed: simple-frist].'),
      'sources/acme-ranking.yaml': claims,
    });
    expect(unknown).toEqual([
      'test/.tmp/unconfirmed-unknown/practices/rank-simply.mdx:10:33  unconfirmed-citation  [@acme-ranking, ' +
        'unconfirmed: simple-frist] names a claim that content/sources/acme-ranking.yaml does not list (its claims ' +
        'are: simple-first, hand-labels): name one of them, or add the claim to its `guide_only` with the guide ' +
        'line that attributes it',
    ]);
    const bare = await problemsIn('unconfirmed-bare', {
      [RANK]: addLine('Acme began with a simple ranker [@acme-ranking, unconfirmed].'),
      'sources/acme-ranking.yaml': claims,
    });
    expect(bare).toEqual([
      expect.stringMatching(
        /rank-simply\.mdx:10:33  unconfirmed-citation  \[@acme-ranking, unconfirmed\] names no claim: write .*\(its claims are: simple-first, hand-labels\)/,
      ),
    ]);
    // An unread source confirms nothing: the bare flag is all it needs.
    const unread = await problemsIn('unconfirmed-unread', {
      [RANK]: addLine('Acme began with a simple ranker [@acme-ranking, unconfirmed].'),
      'sources/acme-ranking.yaml': (s) => s.replace(/checked: true[\s\S]*$/, 'checked: false\n'),
    });
    expect(unread.filter((p) => p.includes('rank-simply.mdx:10:'))).toEqual([]);
  });

  it('name a guide-only claim whose guide line the outline does not carry, at the line of the claim', async () => {
    const p = await problemsIn('guide-only-line', {
      'sources/globex-paper.yaml': (s) => s.replace('guide_line: 2', 'guide_line: 7'),
    });
    expect(p).toEqual([
      'test/.tmp/guide-only-line/sources/globex-paper.yaml:18:17  guide-only-line  claim `noisy-labels` names ' +
        'guide line 7, which no point of content/outline.yaml carries, so it attributes nothing: open the guide at ' +
        "the line that names this source's organisation for the claim (sed -n 7p guide.md) and write its number",
    ]);
  });

  it('name a duplicate guide-only claim id', async () => {
    const p = await problemsIn('guide-only-duplicate', {
      'sources/globex-paper.yaml': (s) =>
        `${s}  - { id: noisy-labels, claim: Globex relabels items by hand., guide_line: 2 }\n`,
    });
    expect(p).toContainEqual(
      expect.stringMatching(
        /globex-paper\.yaml:19:\d+  schema  `guide_only\.1\.id` "noisy-labels" is already the id of another claim/,
      ),
    );
  });

  it('accept read_at as a list of addresses, and refuse an empty one', async () => {
    const list = await problemsIn('read-at-list', {
      'sources/acme-ranking.yaml': (s) =>
        s.replace(/read_at: .*\n/, 'read_at:\n  - https://fixture.example/a\n  - https://fixture.example/b\n') +
        'searched:\n  - "pages: the Acme talk by title; only the abstract is stored"\n',
    });
    expect(list).toEqual([]);
    const empty = await problemsIn('read-at-empty', {
      'sources/acme-ranking.yaml': (s) => s.replace(/read_at: .*\n/, 'read_at: []\n'),
    });
    expect(empty).toContainEqual(expect.stringMatching(/acme-ranking\.yaml:\d+:\d+  schema  `read_at` /));
  });

  it('require a checked source to say where it was read and what it found', async () => {
    const p = await problemsIn('source-unrecorded', {
      'sources/acme-ranking.yaml': (s) => s.replace(/read_at: .*\n/, '').replace(/approach: .*\n/, ''),
    });
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /acme-ranking\.yaml:8:10  schema  `checked` is true, but `read_at` is missing: a checked source records it/,
        ),
        expect.stringMatching(/acme-ranking\.yaml:8:10  schema  `checked` is true, but `approach` is missing/),
      ]),
    );
  });
});
