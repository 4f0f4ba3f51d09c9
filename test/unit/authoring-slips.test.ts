import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, FIXTURE, ROOT } from '../helpers/fixture.ts';

/*
 * Slips an author makes that the site used to accept and show: a list that names something twice,
 * a year not yet come, a second title, an attribute a component drops, a diagram without its
 * accessible name, two tags with one label, Markdown in a plain-text field. Each is caught by
 * `npm run check` at its place, with its fix, on a copy of the fixture broken for it.
 */
const problemsIn = async (dir: string) => (await runChecks(dir, ROOT)).problems.map(formatProblem);

describe('authoring slips', () => {
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

  it('catch a citation or a link in a title, a summary or a case field, which pages show as plain text', async () => {
    const dir = brokenCopy('plain-text-fields', FIXTURE, {
      'practices/rank-simply.mdx': (s) =>
        s
          .replace('title: Rank simply', 'title: Rank simply [@acme-ranking]')
          .replace('summary: Start ranking', 'summary: Start [ranking](/practices/rank-simply/)'),
      'sources/acme-ranking.yaml': (s) => s.replace('stated in a sentence.', 'stated in a sentence [@acme-ranking].'),
    });
    expect(await problemsIn(dir)).toEqual([
      'test/.tmp/plain-text-fields/practices/rank-simply.mdx:2:8  schema  `title` holds a citation, `[@acme-ranking]`, ' +
        "which would show as typed: lists, search results and link previews show it as plain text; cite sources in an entry's body",
      'test/.tmp/plain-text-fields/practices/rank-simply.mdx:3:10  schema  `summary` holds a Markdown link, ' +
        '`[ranking](/practices/rank-simply/)`, which would show as typed: lists, search results and link previews ' +
        "show it as plain text; put links in an entry's body",
      'test/.tmp/plain-text-fields/sources/acme-ranking.yaml:10:10  schema  `problem` holds a citation, ' +
        '`[@acme-ranking]`, which would show as typed: the case cards of company pages show it as plain text; ' +
        "cite sources in an entry's body",
    ]);
  });
});
