import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_DIR, diagramKey, THEMES } from '../../src/ingest/diagrams/cache.ts';
import { htmlInLabels, svgProblems } from '../../src/ingest/diagrams/svg-safety.ts';
import { brokenCopy, FIXTURE, ROOT, tmpDir } from '../helpers/fixture.ts';

/* A diagram that is not in the cache, on a machine without Chromium: warned about, rendered in the page. */
const NEW_DIAGRAM =
  '```mermaid\nflowchart LR\n    A["Label by hand"] --> B["Train"]\n    click B "/techniques/active-learning/"\n```';

describe('diagrams without a browser', () => {
  const dir = brokenCopy('new-diagram', FIXTURE, {
    'practices/rank-simply.mdx': (s) => `${s.trimEnd()}\n\n${NEW_DIAGRAM}\n`,
  });

  it('keys the cache by source, theme and mermaid version', () => {
    const code = 'flowchart LR\n  A --> B';
    expect(new Set(THEMES.map((t) => diagramKey(code, t))).size).toBe(2);
    expect(diagramKey(code, 'light')).toBe(diagramKey(`${code}\n`, 'light'));
    expect(diagramKey(code, 'light')).not.toBe(diagramKey('flowchart LR\n  A --> C', 'light'));
  });

  it('warns, naming the file and line, and does not fail the build step', () => {
    const run = spawnSync(process.execPath, ['scripts/render-diagrams.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        KB_CONTENT_DIR: dir,
        KB_DIAGRAM_DIR: tmpDir('empty-diagram-cache'),
        CHROMIUM_PATH: '/nonexistent/chromium',
      },
    });
    expect(run.status).toBe(0);
    // The warning names the line of the diagram's fence in the file.
    const fence = readFileSync(join(dir, 'practices/rank-simply.mdx'), 'utf8').split('\n').indexOf('```mermaid') + 1;
    expect(run.stderr).toContain(
      `⚠ test/.tmp/new-diagram/practices/rank-simply.mdx:${fence}  diagram-not-prerendered  no Chromium at ` +
        `/nonexistent/chromium`,
    );
    expect(run.stdout).toContain('1 left to render in the browser');
  });
  // The page that renders it in the browser instead is tested on the built fixture (test/build/site.test.ts).

  it('keeps its cache beside the content it renders, so building another folder never prunes this one', () => {
    const { KB_CONTENT_DIR: _, KB_DIAGRAM_DIR: __, ...env } = process.env;
    const cacheOf = (settings: Record<string, string>) =>
      spawnSync(
        process.execPath,
        ['--input-type=module', '-e', "console.log((await import('./src/ingest/diagrams/cache.ts')).DIAGRAM_DIR)"],
        { cwd: ROOT, encoding: 'utf8', env: { ...env, ...settings } },
      ).stdout.trim();
    expect(cacheOf({})).toBe(join(ROOT, 'content/diagrams'));
    expect(cacheOf({ KB_CONTENT_DIR: FIXTURE })).toBe(join(FIXTURE, 'diagrams'));
    expect(cacheOf({ KB_CONTENT_DIR: FIXTURE, KB_DIAGRAM_DIR: '/tmp/kb-diagrams' })).toBe('/tmp/kb-diagrams');
  });
});

describe('diagram safety', () => {
  it('keeps every committed diagram plain SVG: no foreignObject, script or request elsewhere', () => {
    const files = readdirSync(DIAGRAM_DIR).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const svg = readFileSync(join(DIAGRAM_DIR, f), 'utf8');
      expect(svg, f).not.toMatch(/<foreignObject/i);
      expect(svgProblems(svg), f).toEqual([]);
    }
  });

  it('finds what a hand-edited SVG could carry', () => {
    const svg =
      '<svg onload="x()"><script>x()</script><foreignObject><div>hi</div></foreignObject><a ' +
      'href="javascript:x()"><text>t</text></a><image href="https://evil.example/p.png"/><style>@import ' +
      'url(https://evil.example/x.css);</style></svg>';
    expect(svgProblems(svg)).toEqual([
      'an event handler (onLoad)',
      '<script> element',
      '<foreignObject> element',
      'a link to javascript:x()',
      '<image> element',
      'a stylesheet that loads from elsewhere',
    ]);
  });

  it('finds HTML in a label, but lets a line break through', () => {
    expect(htmlInLabels('A["<b>bold</b> and <img src=x>"] --> B')).toEqual(['b', 'img']);
    expect(htmlInLabels('A["one<br>two"] --> B["x < y"]')).toEqual([]);
  });
});
