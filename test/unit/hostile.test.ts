import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { diagramKey, THEMES } from '../../src/ingest/diagrams/cache.ts';
import { formatProblem } from '../../src/report/problems.ts';
import { brokenCopy, FIXTURE, ROOT, tmpDir } from '../helpers/fixture.ts';
import { BODY, CASES, ENTRY, type HostileCase } from '../hostile/corpus.ts';

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
    const lines = problems.map(formatProblem);
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
    const dir = brokenCopy('hostile-several', FIXTURE, {
      [ENTRY]: (s) =>
        `${s.trimEnd()}\n\n<img src="https://a.example/x.png" alt="" /> and [x](javascript:a()) and <span ` +
        `onclick="b()">c</span> and <b style="color:red">d</b>\n`,
    });
    const unsafe = (await runChecks(dir, ROOT)).problems.filter((p) => p.rule === 'unsafe-content');
    expect(unsafe.map((p) => `${p.line}:${p.column}`)).toEqual([1, 50, 74, 107].map((column) => `${BODY}:${column}`));
  });

  it('exits non-zero from `npm run check`, naming the file, with no stack trace', () => {
    for (const name of [
      'YAML alias bomb in frontmatter',
      'unclosed Guidance',
      'file that is not UTF-8',
      'list nested 250 deep',
    ]) {
      const c = CASES.find((x) => x.name === name)!;
      const run = spawnSync(process.execPath, ['scripts/check.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, KB_CONTENT_DIR: copyFor(c) },
      });
      expect(run.status, name).toBe(1);
      expect(run.stderr).toContain(`${c.expect!.file}:${c.expect!.line}:`);
      expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
    }
  });
});

describe('a hand-edited diagram SVG in the cache', () => {
  it('is reported before it can be inlined into a page', () => {
    const code = 'flowchart LR\n  A --> B';
    const dir = brokenCopy('hostile-committed-svg', FIXTURE, {
      [ENTRY]: (s) => `${s.trimEnd()}\n\n\`\`\`mermaid\n${code}\n\`\`\`\n`,
    });
    const cache = tmpDir('hostile-committed-svg-cache');
    mkdirSync(cache, { recursive: true });
    for (const theme of THEMES)
      writeFileSync(
        join(cache, `${diagramKey(code, theme)}.svg`),
        '<svg><script>alert(1)</script><text>A</text></svg>',
      );
    const run = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KB_CONTENT_DIR: dir, KB_DIAGRAM_DIR: cache },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${ENTRY}:${BODY}:1  unsafe-diagram  the committed light SVG of this diagram holds <script> element`,
    );
    // A symbolic link in the cache could inline any file of the machine into a page.
    rmSync(join(cache, `${diagramKey(code, 'dark')}.svg`));
    symlinkSync('/etc/hostname', join(cache, `${diagramKey(code, 'dark')}.svg`));
    const linked = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KB_CONTENT_DIR: dir, KB_DIAGRAM_DIR: cache },
    });
    expect(linked.stderr).toContain(
      `${ENTRY}:${BODY}:1  symlink  the committed dark SVG of this diagram is a symbolic link`,
    );
  });
});
