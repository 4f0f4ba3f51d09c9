import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  findSourceCopies,
  fingerprint,
  fingerprintFile,
  readFingerprints,
  withoutNamingFields,
} from '../../src/checks/audit/fingerprints.ts';
import { formatProblem } from '../../src/report/problems.ts';

/*
 * The copy check against the sources (issue 23): the repository keeps fingerprints of the texts we
 * read, never the texts, and the audit finds any run of 8 words of the content among them.
 */
const SOURCE =
  'Our ranking team shipped a Gradient-Boosted tree first.\nIt beat the deep model on 3.5% of queries,\n' +
  'and it shipped a gradient boosted tree first again.';

describe('source fingerprints', () => {
  const file = fingerprintFile('acme-ranking', SOURCE);
  const prints = readFingerprints(file);

  it('are the sorted, unique first 12 hex digits of SHA-256 of every 8-word run, under one comment line', () => {
    const [comment, ...rest] = file.trimEnd().split('\n');
    expect(comment).toMatch(/^# acme-ranking: first 12 hex digits of the SHA-256 of every run of 8 consecutive/);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(rest).size).toBe(rest.length);
    // Words are lower-case [a-z0-9]+ across line breaks and punctuation: "Gradient-Boosted" is two words,
    // "3.5%" is "3 5"; the text has 28 words, so 21 runs.
    const run = 'ranking team shipped a gradient boosted tree first';
    expect(prints).toContain(createHash('sha256').update(run).digest('hex').slice(0, 12));
    expect(prints).toContain(fingerprint('first it beat the deep model on 3'));
    expect(rest).toHaveLength(21);
    expect(rest.every((p) => /^[0-9a-f]{12}$/.test(p))).toBe(true);
  });

  it('of a source read in pieces are the union of each piece, with no run across two pieces', () => {
    const pieces = readFingerprints(fingerprintFile('acme-ranking', ['one two three four five', 'six seven eight']));
    expect(pieces.size).toBe(0);
    const two = readFingerprints(fingerprintFile('acme-ranking', [SOURCE, 'a b c d e f g h']));
    expect(two).toEqual(new Set([...prints, fingerprint('a b c d e f g h')]));
  });

  it('find a copied run in a content file, with its line and the source, once per copied stretch', () => {
    const files = new Map([
      ['content/techniques/gbdt.mdx', 'Intro.\n\nAcme says its ranking team shipped a gradient\nboosted tree first.'],
      ['content/sources/own-words.yaml', 'approach: The team began with a boosted tree before any deep model.'],
    ]);
    const problems = findSourceCopies({ files, fingerprints: new Map([['acme-ranking', prints]]) });
    expect(problems.map(formatProblem)).toEqual([
      'content/techniques/gbdt.mdx:3:1  verbatim-source  repeats acme-ranking word for word ("ranking team shipped ' +
        'a gradient boosted tree first"): restate it in your own words, keeping its figures',
    ]);
  });

  it('skip the runs of an allowed text, such as a source title quoted to name it', () => {
    const files = new Map([['content/a.mdx', 'Our ranking team shipped a Gradient-Boosted tree first.']]);
    const allowed = new Set([fingerprint('our ranking team shipped a gradient boosted tree')]);
    const fingerprints = new Map([['acme-ranking', prints]]);
    expect(findSourceCopies({ files, fingerprints, allowed }).map((p) => p.line)).toEqual([1]);
    allowed.add(fingerprint('ranking team shipped a gradient boosted tree first'));
    expect(findSourceCopies({ files, fingerprints, allowed })).toEqual([]);
  });

  it("blank a source file's naming fields, comments and addresses, keeping its lines, and leave what it says", () => {
    const yaml = [
      'title: Our ranking team shipped a Gradient-Boosted tree first',
      'searched:',
      '  - "pages: shipped a gradient boosted tree first again"',
      '# the copy adds "Our ranking team shipped a Gradient-Boosted tree first"',
      'note: Read at https://acme.example/our-ranking-team-shipped-a-gradient-boosted-tree-first.',
      'approach: Our ranking team shipped a gradient boosted tree first. # and a comment',
      '',
    ].join('\n');
    const text = withoutNamingFields(yaml);
    expect(text.split('\n')).toHaveLength(yaml.split('\n').length);
    const problems = findSourceCopies({
      files: new Map([['content/sources/acme-ranking.yaml', text]]),
      fingerprints: new Map([['acme-ranking', prints]]),
    });
    expect(problems.map((p) => p.line)).toEqual([6]);
  });
});
