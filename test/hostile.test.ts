import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../src/checks/index.ts';
import { readDist } from '../src/checks/dist-pages.ts';
import { checkDistSafety } from '../src/checks/dist-safety.ts';
import { allowedHashes, CONTENT_SCOPE, scriptHash } from '../src/lib/csp.ts';
import { diagramKey, THEMES } from '../src/lib/diagrams/cache.ts';
import { formatProblem, isError } from '../src/lib/problems.ts';
import { buildSite } from './helpers/build-site.ts';
import { brokenCopy, FIXTURE, ROOT, tmpDir } from './helpers/fixture.ts';
import { BODY, CASES, ENTRY, type HostileCase } from './hostile/corpus.ts';

/*
 * The hostile-input corpus. Every case: the check fails (a non-zero exit), names the file and the
 * line, says what to do, and shows no stack trace. The cases that Astro would build are then
 * built together without the check, to prove the built-site check and the CSP stop them too.
 */
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const copyFor = (c: HostileCase) => {
  const dir = brokenCopy(`hostile-${slug(c.name)}`, FIXTURE, c.edits ?? {});
  c.setup?.(dir);
  return dir;
};
const SHAPE = /^test\/\.tmp\/hostile-[a-z0-9-]+\/[^:]+:\d+:\d+  [a-z-]+  \S.*: \S/;

describe('hostile or broken content', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const dir = copyFor(c);
    const { problems } = await runChecks(dir, ROOT);
    const lines = problems.filter(isError).map(formatProblem);
    if (!c.expect) return expect(lines).toEqual([]);
    const prefix = `test/.tmp/hostile-${slug(c.name)}/${c.expect.file}:${c.expect.line}:`;
    const hit = lines.find((l) => l.startsWith(prefix) && l.includes(`  ${c.expect!.rule}  `));
    expect(hit, `expected ${c.expect.rule} at ${prefix} in:\n${lines.join('\n')}`).toBeDefined();
    if (c.expect.message) expect(hit).toMatch(c.expect.message);
    // The root cause comes first, and every line is `file:line:column  rule  what: how`, never a trace.
    expect(lines[0]).toContain(`  ${c.expect.rule}  `);
    for (const l of lines) {
      expect(l).toMatch(SHAPE);
      expect(l).not.toMatch(/\n\s+at |Error:|\[object Object\]/);
    }
  });

  it('reports every unsafe thing in a paragraph, not just the first', async () => {
    const dir = brokenCopy('hostile-several', FIXTURE, { [ENTRY]: (s) => `${s.trimEnd()}\n\n<img src="https://a.example/x.png" alt="" /> and [x](javascript:a()) and <span onclick="b()">c</span> and <b style="color:red">d</b>\n` });
    const unsafe = (await runChecks(dir, ROOT)).problems.filter((p) => p.rule === 'unsafe-content');
    expect(unsafe.map((p) => `${p.line}:${p.column}`)).toEqual([1, 50, 74, 107].map((column) => `${BODY}:${column}`));
  });

  it('exits non-zero from `npm run check`, naming the file, with no stack trace', () => {
    for (const name of ['YAML alias bomb in frontmatter', 'unclosed Guidance', 'file that is not UTF-8', 'list nested 250 deep']) {
      const c = CASES.find((x) => x.name === name)!;
      const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: copyFor(c) } });
      expect(run.status, name).toBe(1);
      expect(run.stderr).toContain(`${c.expect!.file}:${c.expect!.line}:`);
      expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
    }
  });
});

describe('a hand-edited diagram SVG in the cache', () => {
  it('is reported before it can be inlined into a page', () => {
    const code = 'flowchart LR\n  A --> B';
    const dir = brokenCopy('hostile-committed-svg', FIXTURE, { [ENTRY]: (s) => `${s.trimEnd()}\n\n\`\`\`mermaid\n${code}\n\`\`\`\n` });
    const cache = tmpDir('hostile-committed-svg-cache');
    mkdirSync(cache, { recursive: true });
    for (const theme of THEMES) writeFileSync(join(cache, `${diagramKey(code, theme)}.svg`), '<svg><script>alert(1)</script><text>A</text></svg>');
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: dir, KB_DIAGRAM_DIR: cache } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${ENTRY}:${BODY}:1  unsafe-diagram  the committed light SVG of this diagram holds <script> element`);
    // A symbolic link in the cache could inline any file of the machine into a page.
    rmSync(join(cache, `${diagramKey(code, 'dark')}.svg`));
    symlinkSync('/etc/hostname', join(cache, `${diagramKey(code, 'dark')}.svg`));
    const linked = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: dir, KB_DIAGRAM_DIR: cache } });
    expect(linked.stderr).toContain(`${ENTRY}:${BODY}:1  symlink  the committed dark SVG of this diagram is a symbolic link`);
  });
});

describe('hostile content built without the check (defence in depth)', () => {
  const built = CASES.filter((c) => c.build);
  let dist: string;
  const pageOf = (i: number) => `/practices/hostile-${i}/`;
  beforeAll(() => {
    const dir = brokenCopy('hostile-build', FIXTURE, {});
    const head = readFileSync(join(FIXTURE, 'practices/rank-simply.mdx'), 'utf8').split('---\n')[1]!;
    mkdirSync(join(dir, 'practices'), { recursive: true });
    built.forEach((c, i) => writeFileSync(join(dir, `practices/hostile-${i}.mdx`), `---\n${head.replace('Rank simply', `Hostile ${i}`)}---\n\n${c.build}\n`));
    // A byte order mark is accepted by the build as by the check.
    writeFileSync(join(dir, 'techniques/active-learning.mdx'), `\uFEFF${readFileSync(join(FIXTURE, 'techniques/active-learning.mdx'), 'utf8')}`);
    dist = buildSite('hostile-build', dir);
  });

  it('builds a page with a byte order mark like any other', () => {
    const page = parse(readFileSync(join(dist, 'techniques/active-learning/index.html'), 'utf8'));
    expect(page.querySelector('h1')?.text).toBe('Active learning');
  });

  it('the built-site check reports every hostile page, and no other', async () => {
    const problems = checkDistSafety(await readDist(dist));
    const flagged = new Set(problems.map((p) => /\(on (\S+)\)$/.exec(p.message)?.[1]));
    built.forEach((c, i) => expect(flagged.has(pageOf(i)), c.name).toBe(true));
    expect([...flagged].filter((url) => !url?.startsWith('/practices/hostile-'))).toEqual([]);
  });

  it('the policy of a page never allows a script written in the entry text', async () => {
    const page = parse(readFileSync(join(dist, `practices/hostile-${built.findIndex((c) => c.name === 'script inside Guidance')}/index.html`), 'utf8'));
    const policy = allowedHashes(page.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
    const planted = page.querySelectorAll(`${CONTENT_SCOPE} script`);
    expect(planted.length).toBe(1);
    expect(policy.has(scriptHash(planted[0]!.rawText))).toBe(false);
    expect(policy.size).toBeGreaterThan(0);
  });
});
