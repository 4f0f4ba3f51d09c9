import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, CONTENT, FIXTURE, ROOT, UNLINKED_QUESTIONS } from '../helpers/fixture.ts';

const problemsIn = async (dir: string) => (await runChecks(dir, ROOT)).problems.map(formatProblem);

describe('content checks', () => {
  it('pass on the fixture collection', async () => {
    expect(await problemsIn(FIXTURE)).toEqual([]);
  });

  it('pass on the real content (the same code `npm run check` and `npm run build` run)', async () => {
    expect(await problemsIn(CONTENT)).toEqual([]);
  });

  it('catch a reference to a missing entry, with the line and a suggestion', async () => {
    const dir = brokenCopy('missing-ref', FIXTURE, {
      'practices/label-by-hand.mdx': (s) =>
        s.replace('challenges: [cold-start, label-noise]', 'challenges: [cold-start, label-nois]'),
    });
    expect(await problemsIn(dir)).toEqual([
      // label-noise loses its only reference, so the structure rule reports it as unreachable too.
      'test/.tmp/missing-ref/challenges/label-noise.mdx:1:1  orphan  no other entry links to this one: reference it ' +
        'from a related entry (`related:`, `challenges:`, `techniques:` or a body link)',
      'test/.tmp/missing-ref/practices/label-by-hand.mdx:7:26  unknown-reference  `challenges` names "label-nois", ' +
        'but there is no content/challenges/label-nois.mdx (did you mean `label-noise`?): fix the id or create the ' +
        'entry',
    ]);
  });

  it('catch an unknown tag', async () => {
    const dir = brokenCopy('unknown-tag', FIXTURE, {
      'practices/rank-simply.mdx': (s) => s.replace('tags: [ranking]', 'tags: [rankng]'),
    });
    expect(await problemsIn(dir)).toEqual([
      'test/.tmp/unknown-tag/practices/rank-simply.mdx:5:8  unknown-tag  tag "rankng" is not in content/tags.yaml ' +
        '(did you mean `ranking`?): use a listed tag or add this one there with a description',
    ]);
  });

  it('catch a citation of a missing source and a body link to a missing entry, at their lines', async () => {
    const dir = brokenCopy('bad-body', FIXTURE, {
      'techniques/active-learning.mdx': (s) =>
        s
          .replace('[@acme-labels; @globex-paper]', '[@acme-labels; @globex-papr]')
          .replace('/challenges/cold-start/#', '/challenges/cold-starts/#'),
    });
    expect(await problemsIn(dir)).toEqual(
      [
        // Globex's case record lists the technique, which no longer cites the paper under its right key.
        'test/.tmp/bad-body/sources/globex-paper.yaml:14:14  case-record  `techniques` lists ' +
          'techniques/active-learning, which does not cite this source: cite it there where the case is told ' +
          '([@globex-paper]), or remove it from the list',
        'test/.tmp/bad-body/techniques/active-learning.mdx:10:66  unknown-source  citation [@globex-papr] names no ' +
          'source in content/sources/ (did you mean `globex-paper`?): fix the key or add ' +
          'content/sources/globex-papr.yaml',
        'test/.tmp/bad-body/techniques/active-learning.mdx:12:5  unknown-reference  link to ' +
          '/challenges/cold-starts/#what-teams-do-about-it points to no entry: there is no ' +
          'content/challenges/cold-starts.mdx (did you mean `cold-start`?)',
      ].sort(),
    );
  });

  it('catch an entry with no citation, and a company with no source', async () => {
    const dir = brokenCopy('uncited', FIXTURE, {
      'practices/rank-simply.mdx': (s) => s.replace(' [@acme-ranking]', ''),
      'sources/globex-paper.yaml': (s) => s.replace('organisation: globex\n', ''),
    });
    const problems = await problemsIn(dir);
    expect(problems).toContain(
      'test/.tmp/uncited/practices/rank-simply.mdx:9:1  no-citation  this entry cites no source: add a citation such ' +
        'as [@doordash-item-tagging], or mark unattributed advice with <Guidance>',
    );
    expect(problems).toContain(
      'test/.tmp/uncited/companies/globex.mdx:1:1  company-without-source  no source in content/sources/ has ' +
        '`organisation: globex`: add the case study this company is cited for',
    );
  });

  it('catch a design-review question that links no entry, at its line', async () => {
    const dir = brokenCopy('unlinked-question', FIXTURE, { 'frameworks/review-questions.mdx': UNLINKED_QUESTIONS });
    const problems = (await problemsIn(dir)).filter((p) => p.includes('  question-without-links  '));
    expect(problems).toEqual([
      'test/.tmp/unlinked-question/frameworks/review-questions.mdx:14:1  question-without-links  design-review ' +
        'question "How fresh is the data?" links no entry: under it, link the practices, techniques or challenges ' +
        'that help answer it, e.g. [Drift](/challenges/drift/)',
    ]);
  });
});
