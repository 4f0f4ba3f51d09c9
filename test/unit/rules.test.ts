import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintFile, readFingerprints } from '../../src/checks/audit/fingerprints.ts';
import { type AuditInput, auditGuide } from '../../src/checks/audit/guide.ts';
import { createContext } from '../../src/checks/content/context.ts';
import { runChecks } from '../../src/checks/content/index.ts';
import { compareKbJson } from '../../src/checks/dist/kb-json.ts';
import { checkDistLinks } from '../../src/checks/dist/links.ts';
import { readDist } from '../../src/checks/dist/pages.ts';
import { compareUrls, removedProblems } from '../../src/checks/dist/published-urls.ts';
import { checkDistSafety } from '../../src/checks/dist/safety.ts';
import { checkDistSocial } from '../../src/checks/dist/social.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { REQUIRED_META } from '../../src/model/social-meta.ts';
import type { Problem } from '../../src/report/problems.ts';
import { RULES, type RuleId, type Stage } from '../../src/report/rules.ts';
import { brokenCopy, FIXTURE, ROOT, tmpDir, UNLINKED_QUESTIONS } from '../helpers/fixture.ts';
import { CASES, type HostileCase } from '../hostile/corpus.ts';

/*
 * Every rule of the catalogue (src/report/rules.ts) fails on a broken fixture made for it. A rule
 * added to the catalogue without a fixture here fails the first test: that is the point.
 */
type Edits = Parameters<typeof brokenCopy>[2];
interface Breakage {
  stage: Stage;
  rule: RuleId;
  run: () => Promise<Problem[]>;
}

let n = 0;
const content = (rule: RuleId, edits: Edits): Breakage => ({
  stage: 'content',
  rule,
  run: async () => (await runChecks(brokenCopy(`rule-${n++}-${rule}`, FIXTURE, edits), ROOT)).problems,
});
const RANK = 'practices/rank-simply.mdx';
const HAND = 'practices/label-by-hand.mdx';
const append = (text: string) => (s: string) => `${s.trimEnd()}\n\n${text}\n`;

/** A copy of the fixture with one hostile case applied, as test/unit/hostile.test.ts makes it. */
function hostileCopy(c: HostileCase): string {
  const dir = brokenCopy(`rule-hostile-${n++}`, FIXTURE, c.edits ?? {});
  c.setup?.(dir);
  return dir;
}

/** A built site of two pages, the second full of broken links. */
function brokenDist(): string {
  const dist = tmpDir('rule-dist');
  mkdirSync(join(dist, 'practices/bad'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<main id="main"><h1>Home</h1></main>');
  // No Content-Security-Policy, a script in the entry text, an image from another host, and broken links.
  writeFileSync(
    join(dist, 'practices/bad/index.html'),
    '<a href="/practices/nope/">x</a><a href="/#nope">y</a>' +
      '<div data-published-anchors><script>x()</script></div><img src="https://evil.example/p.png">',
  );
  return dist;
}

/** A kb.json whose one entry has no page in brokenDist(), and which leaves out the page that is there. */
const KB_WITHOUT_PAGES = {
  version: 1,
  site: { title: 'x', url: 'https://kb.example/' },
  entries: [
    {
      key: 'practices/gone',
      collection: 'practices',
      id: 'gone',
      title: 'Gone',
      summary: 'x',
      url: 'https://kb.example/practices/gone/',
      markdown: 'https://kb.example/practices/gone.md',
      updated: null,
      updatedIsUpperBound: false,
      created: null,
      frontmatter: {},
      references: [],
      backlinks: [],
      sources: [],
    },
  ],
  sources: [],
  tags: [],
};

function previewDist(): string {
  const dist = tmpDir('rule-preview-dist');
  mkdirSync(join(dist, 'b'), { recursive: true });
  mkdirSync(join(dist, 'c'), { recursive: true });
  const meta = (url: string) =>
    REQUIRED_META.map(
      (p) =>
        `<meta property="${p}" content="${
          p === 'og:url' ? `https://kb.example${url}` : p.endsWith(':image') ? 'https://kb.example/cards/none.png' : 'x'
        }">`,
    ).join('');
  writeFileSync(join(dist, 'index.html'), '<head></head>');
  writeFileSync(join(dist, 'b/index.html'), `<head>${meta('/elsewhere/')}</head>`);
  writeFileSync(join(dist, 'c/index.html'), `<head>${meta('/c/')}</head>`);
  return dist;
}

/** The guide, as a fixture: line 1 attributes a lesson to Acme, line 2 to Globex. */
const GUIDE =
  'Label the first items by hand (Acme Labels).\nRank with a simple model first, then grow (Globex Paper).\n';
const ORGS: [RegExp, string][] = [
  [/\bAcme\b/, 'acme'],
  [/\bGlobex\b/, 'globex'],
];
async function audit(
  outline: string,
  files: Map<string, string> = new Map(),
  edits: Edits = {},
  more: Partial<AuditInput> = {},
): Promise<Problem[]> {
  const dir = brokenCopy(`rule-audit-${n++}`, FIXTURE, { 'outline.yaml': outline, ...edits });
  const { content: loaded, graph } = createContext(await loadContent(dir, ROOT));
  return auditGuide({ guide: GUIDE, content: loaded, graph, files, run: 8, orgs: ORGS, ...more }).problems;
}
/** A source text we read, fingerprinted as scripts/fingerprint-sources.ts does; the audit gets only the prints. */
const ACME_TEXT = 'At Acme we found that the simplest ranker we could ship beat every model we tried later.';
const POINTS =
  'part-one:\n  title: Part one\n  points:\n    - { label: Hand labels first, line: 1, entries: ' +
  '[practices/label-by-hand] }\n    - { label: Simple ranking first, line: 2, entries: [practices/rank-simply] ' +
  '}\npart-one-a: { title: "Section one A", parent: part-one }\n';

const BREAKAGES: Breakage[] = [
  content('schema', { [RANK]: (s) => s.replace('title: Rank simply\n', '') }),
  content('yaml', { [RANK]: (s) => s.replace('tags: [ranking]', 'tags: [ranking') }),
  content('invisible-character', { [RANK]: (s) => s.replace('title: Rank simply', 'title: Rank \u202esimply') }),
  content('misplaced-id', { [RANK]: (s) => s.replace('## What and why \\{#why}', '## **What and why \\{#why}**') }),
  content('file-name', { 'practices/Rank_Simply.mdx': '---\ntitle: Bad name\n---\n' }),
  content('missing-file', { 'tags.yaml': null }),
  content('unknown-reference', {
    [HAND]: (s) => s.replace('techniques: [active-learning]', 'techniques: [active-learnin]'),
  }),
  content('repeated-reference', { [RANK]: (s) => s.replace('related: [label-by-hand]', 'related: [rank-simply]') }),
  content('unknown-tag', { [RANK]: (s) => s.replace('tags: [ranking]', 'tags: [rankng]') }),
  content('heading-level', { [RANK]: append('# A second title\n\nText [@acme-ranking].') }),
  content('unknown-section', { [RANK]: (s) => s.replace('guide: [part-one-a]', 'guide: [part-one-b]') }),
  content('unknown-source', { [RANK]: (s) => s.replace('[@acme-ranking]', '[@acme-rankin]') }),
  content('relative-link', { [RANK]: append('See [label by hand](label-by-hand/).') }),
  content('broken-link', { [RANK]: append('See [the matrix](/matrixx/).') }),
  content('broken-fragment', { [RANK]: append('See [cold start](/challenges/cold-start/#nope).') }),
  content('no-citation', { [RANK]: (s) => s.replace(/ \[@[^\]]+\]/g, '') }),
  content('unused-source', {
    'sources/extra-unused.yaml':
      'title: An unused source\npublisher: Nobody\nyear: null\nurl: null\nconfidence: low\nkind: paper\nchecked: ' +
      'false\n',
  }),
  content('company-without-source', { 'sources/globex-paper.yaml': (s) => s.replace('organisation: globex\n', '') }),
  content('uncited-claim', { [RANK]: append('New items should always be shown to everyone first.') }),
  content('uncited-figure', { [RANK]: append('Cold start hurts 40% of new users.') }),
  content('attributed-guidance', {
    [RANK]: append('<Guidance>\n\nAcme shows new items to everyone first.\n\n</Guidance>'),
  }),
  content('untraced-figure', { [RANK]: append('Acme cut its latency by 42% with a simple ranker [@acme-ranking].') }),
  content('unconfirmed-citation', { [RANK]: append('Acme began with a simple ranker [@acme-ranking, unconfirmed].') }),
  content('case-record', {
    'sources/acme-ranking.yaml': (s) =>
      s.replace('practices: [rank-simply]', 'practices: [rank-simply, label-by-hand]'),
  }),
  // Globex's paper claims to be another write-up of Acme's case: two companies' cases would merge in the review kit.
  content('same-case', { 'sources/globex-paper.yaml': (s) => `${s.trimEnd()}\nsame_case_as: acme-labels\n` }),
  content('placeholder', {
    'sources/acme-ranking.yaml': (s) => s.replace('year: 2021', 'year: null # TODO: the year'),
  }),
  content('guide-sections', { [RANK]: (s) => s.replace('guide: [part-one-a]\n', '') }),
  content('guide-only-line', { 'sources/globex-paper.yaml': (s) => s.replace('guide_line: 2', 'guide_line: 7') }),
  content('entry-shape', { [RANK]: (s) => s.replace('\\{#why}', '') }),
  content('short-entry', { [RANK]: (s) => s.replace(/<Guidance>\n\n[^<]+<\/Guidance>/g, 'Short [@acme-ranking].') }),
  content('guide-mentions', {
    [RANK]: append('The guide says Acme ranked simply, and the guide repeats it [@acme-ranking].'),
  }),
  content('diagram-syntax', { [RANK]: append('```mermaid\nflowchart TD\n    A[Broken (label)] --> B\n```') }),
  content('diagram-description', {
    [RANK]: append('```mermaid\nflowchart TD\n    accTitle: Two steps\n    A --> B\n```'),
  }),
  content('duplicate-title', { [RANK]: (s) => s.replace('title: Rank simply', 'title: Label by hand') }),
  content('duplicate-anchor', {
    [HAND]: append('## Notes \\{#how-acme-did-it}\n\nA few people labelled more [@acme-labels].'),
  }),
  content('empty-section', { [RANK]: append('## Nothing here') }),
  content('alias-taken', { [HAND]: (s) => s.replace('aliases: [hand-labelling]', 'aliases: [rank-simply]') }),
  content('orphan', {
    'challenges/label-noise.mdx': (s) => s.replace('\nSee also [rank simply](/practices/rank-simply/).\n', '\n'),
  }),
  { stage: 'dist', rule: 'broken-link', run: () => checkDistLinks(brokenDist()) },
  { stage: 'dist', rule: 'broken-fragment', run: () => checkDistLinks(brokenDist()) },
  { stage: 'dist', rule: 'csp', run: async () => checkDistSafety(await readDist(brokenDist())) },
  { stage: 'dist', rule: 'unsafe-output', run: async () => checkDistSafety(await readDist(brokenDist())) },
  { stage: 'dist', rule: 'off-site-resource', run: async () => checkDistSafety(await readDist(brokenDist())) },
  // The hostile-input corpus (test/hostile/corpus.ts) proves the rules about unreadable and unsafe input.
  ...CASES.filter((c) => c.expect).map(
    (c): Breakage => ({
      stage: 'content',
      rule: c.expect!.rule as RuleId,
      run: async () => (await runChecks(hostileCopy(c), ROOT)).problems,
    }),
  ),
  {
    stage: 'content',
    rule: 'unreadable',
    run: async () => {
      // tags.yaml exists but is a folder: it cannot be read as a file.
      const dir = brokenCopy(`rule-${n++}-unreadable`, FIXTURE, { 'tags.yaml': null });
      mkdirSync(join(dir, 'tags.yaml'));
      return (await runChecks(dir, ROOT)).problems;
    },
  },
  content('question-without-links', { 'frameworks/review-questions.mdx': UNLINKED_QUESTIONS }),
  content('duplicate-alias', {
    [RANK]: (s) => s.replace('related: [label-by-hand]', 'related: [label-by-hand]\naliases: [hand-labelling]'),
  }),
  // Link previews: a page with none, one whose og:url names another page, one whose card was never written.
  ...(['missing-preview-meta', 'wrong-preview-url', 'missing-card'] as const).map(
    (rule): Breakage => ({ stage: 'dist', rule, run: () => checkDistSocial(previewDist()) }),
  ),
  {
    // kb.json names an entry the site has no page for (test/build/kb-data.test.ts compares real builds).
    stage: 'dist',
    rule: 'kb-json',
    run: async () => compareKbJson(KB_WITHOUT_PAGES, await readDist(brokenDist())),
  },
  {
    stage: 'dist',
    rule: 'removed-url',
    run: async () => removedProblems(compareUrls(['/', '/practices/gone/'], ['/']).removed, 'published-urls.txt'),
  },
  {
    stage: 'audit',
    rule: 'uncarried-line',
    run: () => audit('part-one: { title: "Part one" }\npart-one-a: { title: "Section one A", parent: part-one }\n'),
  },
  { stage: 'audit', rule: 'missing-attribution', run: () => audit(POINTS) },
  {
    stage: 'audit',
    rule: 'verbatim',
    run: () => audit(POINTS, new Map([['copied.md', 'We say: rank with a simple model first, then grow.']])),
  },
  {
    // Line 1 of the fixture guide names Acme, not Globex.
    stage: 'audit',
    rule: 'guide-only-attribution',
    run: () =>
      audit(POINTS, new Map(), { 'sources/globex-paper.yaml': (s) => s.replace('guide_line: 2', 'guide_line: 1') }),
  },
  {
    stage: 'audit',
    rule: 'verbatim-source',
    run: () =>
      audit(
        POINTS,
        new Map(),
        {},
        {
          fingerprints: new Map([['acme-ranking', readFingerprints(fingerprintFile('acme-ranking', ACME_TEXT))]]),
          contentFiles: new Map([
            ['copied.md', 'Acme learnt that the simplest ranker we could ship beat every model.'],
          ]),
        },
      ),
  },
];

describe('the rule catalogue', () => {
  it('has a failing fixture for every rule', () => {
    const covered = new Set(BREAKAGES.map((b) => `${b.stage}/${b.rule}`));
    const missing = Object.entries(RULES)
      .flatMap(([stage, rules]) => Object.keys(rules).map((rule) => `${stage}/${rule}`))
      .filter((r) => !covered.has(r));
    expect(missing, 'rules without a broken fixture in test/unit/rules.test.ts').toEqual([]);
  });

  it.each(BREAKAGES)('$stage rule $rule fails on its broken fixture', async ({ rule, run }) => {
    expect((await run()).map((p) => p.rule)).toContain(rule);
  });
});
