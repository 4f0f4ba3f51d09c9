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

  it('catch a list that names one thing twice, or the entry itself, at the repeat', async () => {
    const dir = brokenCopy('repeated-ref', FIXTURE, {
      'outline.yaml': (s) =>
        s.replace('entries: [challenges/label-noise]', 'entries: [challenges/label-noise, challenges/label-noise]'),
      'practices/rank-simply.mdx': (s) =>
        s
          .replace('tags: [ranking]', 'tags: [ranking, ranking]')
          .replace('related: [label-by-hand]', 'related: [label-by-hand, rank-simply, label-by-hand]')
          .replace('[@acme-ranking]', '[@acme-ranking; @acme-ranking]'),
    });
    expect(await problemsIn(dir)).toEqual([
      'test/.tmp/repeated-ref/outline.yaml:3:1  repeated-reference  point 2 of section "part-one-a" lists ' +
        'challenges/label-noise twice: remove one',
      'test/.tmp/repeated-ref/practices/rank-simply.mdx:5:17  repeated-reference  `tags` lists "ranking" twice: ' +
        'remove this one, or write the id you meant',
      'test/.tmp/repeated-ref/practices/rank-simply.mdx:7:26  repeated-reference  `related` names this entry itself: ' +
        'remove it',
      'test/.tmp/repeated-ref/practices/rank-simply.mdx:7:39  repeated-reference  `related` lists "label-by-hand" ' +
        'twice: remove this one, or write the id you meant',
      'test/.tmp/repeated-ref/practices/rank-simply.mdx:10:33  repeated-reference  [@acme-ranking] is cited twice ' +
        'in one bracket: remove one',
    ]);
  });

  it('catch a source dated after next year (a slip of the digits)', async () => {
    const next = new Date().getFullYear() + 1;
    const dir = brokenCopy('future-year', FIXTURE, {
      'sources/acme-ranking.yaml': (s) => s.replace('year: 2021', `year: ${next + 1}`),
    });
    expect(await problemsIn(dir)).toEqual([
      `test/.tmp/future-year/sources/acme-ranking.yaml:4:7  schema  \`year\` must be a year that has come, ${next} at ` +
        'the latest: check the digits',
    ]);
    const nextYear = brokenCopy('next-year', FIXTURE, {
      'sources/acme-ranking.yaml': (s) => s.replace('year: 2021', `year: ${next}`),
    });
    expect(await problemsIn(nextYear)).toEqual([]);
  });

  it('catch a second title and a skipped heading level, at the heading', async () => {
    const dir = brokenCopy('heading-levels', FIXTURE, {
      'practices/rank-simply.mdx': (s) =>
        `${s.trimEnd()}\n\n# Results\n\nIt ranked well [@acme-ranking].\n\n## Limits\n\n#### Data\n\nLittle [@acme-ranking].\n`,
    });
    expect(await problemsIn(dir)).toEqual([
      'test/.tmp/heading-levels/practices/rank-simply.mdx:44:1  heading-level  `# Results` is a second title (the ' +
        "page's title is `title:`): make it a section, `## Results`",
      'test/.tmp/heading-levels/practices/rank-simply.mdx:50:1  heading-level  `#### Data` skips a level under a ' +
        '`##` heading: make it `### Data`',
    ]);
  });

  it('catch an attribute on <Guidance>, which takes none and would drop it', async () => {
    const dir = brokenCopy('guidance-attribute', FIXTURE, {
      'companies/acme.mdx': (s) => s.replace('<Guidance>', '<Guidance title="Steps">'),
    });
    expect(await problemsIn(dir)).toEqual([
      'test/.tmp/guidance-attribute/companies/acme.mdx:11:1  unsafe-content  <Guidance> takes no attributes, and the ' +
        'page would drop `title`: remove it',
    ]);
  });

  it('catch a diagram without its accessible name or description, at its fence', async () => {
    const dir = brokenCopy('diagram-description', FIXTURE, {
      'practices/rank-simply.mdx': (s) =>
        `${s.trimEnd()}\n\n\`\`\`mermaid\nflowchart LR\n    accTitle: Two steps\n    A --> B\n\`\`\`\n\n` +
        '```mermaid\nflowchart LR\n    accTitle: Two steps\n    accDescr { First A,\n    then B. }\n    A --> B\n```\n',
    });
    expect(await problemsIn(dir)).toEqual([
      'test/.tmp/diagram-description/practices/rank-simply.mdx:44:1  diagram-description  this diagram has no ' +
        '`accDescr:` line, so screen readers meet an unnamed image: add `accTitle: <what it shows>` and ' +
        '`accDescr: <what it says, in a sentence or two>` after its first line',
    ]);
  });

  it('catch two tags with one label, which readers could not tell apart', async () => {
    const dir = brokenCopy('tag-label', FIXTURE, {
      'tags.yaml': (s) =>
        `${s.trimEnd()}\nranking-2: { label: "Ranking", description: "The same label again, by mistake here." }\n`,
    });
    const [problem, ...rest] = await problemsIn(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^test\/\.tmp\/tag-label\/tags\.yaml:\d+:1 {2}duplicate-title {2}the tag label "Ranking" is already the label of tag ranking: give each tag its own label$/,
    );
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
