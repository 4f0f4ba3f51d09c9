import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ENTRY_COMPONENTS } from '../../src/lib/content/entry-components.ts';
import { createMdxRenderer, type MarkdownSettings } from '../../src/lib/content/mdx-pipeline.ts';
import { acquirePool, warmPool } from '../../src/lib/content/render-pool.ts';
import { markdownProcessor } from '../../src/plugins/index.ts';
import { ROOT } from '../helpers/fixture.ts';

/*
 * Entries are rendered once at load time and printed by astro-html.ts, not compiled to JavaScript
 * by @astrojs/mdx. These tests compile the same bodies the way @astrojs/mdx does, render the JSX
 * with Astro's own renderer, and require the same bytes; and they prove that what the printer
 * cannot render fails with the file and line.
 */
const settings: MarkdownSettings = { ...markdownConfigDefaults, srcDir: join(ROOT, 'src') } as MarkdownSettings;
const processor = markdownProcessor({ base: '/kb/' });
const TMP = join(ROOT, 'test/.tmp/rendered-mdx');

/** The body as @astrojs/mdx compiles it, rendered by Astro's JSX renderer. */
async function throughAstro(body: string, name: string): Promise<{ html: string; headings: unknown }> {
  const dir = dirname(createRequire(import.meta.url).resolve('@astrojs/markdown-remark'));
  const { createUnifiedMdxProcessor } = await import(pathToFileURL(join(dir, 'mdx/create-processor.js')).href);
  const mdx = createUnifiedMdxProcessor(
    { ...settings, gfm: false },
    { srcDir: pathToFileURL(`${settings.srcDir}/`) },
    processor.options,
  );
  const { code } = await mdx.process(body, join(TMP, `${name}.mdx`), {});
  mkdirSync(TMP, { recursive: true });
  const file = join(TMP, `${name}.mjs`);
  writeFileSync(file, code);
  const { default: Content, getHeadings } = await import(pathToFileURL(file).href);
  const { renderJSX } = await import('astro/runtime/server/jsx.js');
  // Plain elements need nothing of the page being rendered, so an empty result stands in for it.
  return { html: String(await renderJSX({} as Parameters<typeof renderJSX>[0], Content({}))), headings: getHeadings() };
}

const renderAll = async (body: string) =>
  (await createMdxRenderer(processor, settings, ENTRY_COMPONENTS))(body, '/kb/x.mdx', {});
const render = async (body: string) => (await renderAll(body)).html;

const BODY = `Opening "quotes" -- and 'single' ones... with [a link](/practices/x/) & an <span id="pin">anchor</span>.

## A heading \\{#pinned}

| Left | Right | Centre |
| :--- | ---: | :---: |
| a & b | 1 < 2 | *c* |

Line one\\
line two, and \`code\` with <br /> a break.

1. First [@acme-labels]
2. Second

\`\`\`python
print("x < y")
\`\`\`

> A quote with **strong** text.
`;

describe('entry bodies rendered at load time', () => {
  it('print the same HTML as @astrojs/mdx and Astro’s JSX renderer, with the same headings', async () => {
    const ours = await renderAll(BODY);
    const astro = await throughAstro(BODY, 'sample');
    expect(ours.html).toContain('<table>');
    expect(ours.html).toBe(astro.html);
    expect(ours.headings).toEqual(astro.headings);
    expect(ours.headings).not.toEqual([]);
  });

  it('render <Guidance> with the markup of the guidance component', async () => {
    const html = await render('<Guidance>\n\nStart small.\n\n</Guidance>\n');
    expect(html).toBe(ENTRY_COMPONENTS.Guidance('<p>Start small.</p>'));
  });

  it('name the file and line of a component they cannot render', async () => {
    await expect(render('Text.\n\n<Chart data="x" />\n')).rejects.toThrow(
      /\/kb\/x\.mdx:3:1 {2}the component <Chart> is not available in entries \(known: <Guidance>\)/,
    );
  });

  it('render the same in the worker threads started early (a cold build of many entries)', async () => {
    // The workers take the processor astro.config.mjs configures, for the base path of the environment.
    const base = process.env.BASE_PATH ?? '/';
    const inProcess = await createMdxRenderer(markdownProcessor({ base }), settings, ENTRY_COMPONENTS);
    warmPool(ROOT, settings);
    const pool = acquirePool(ROOT, settings);
    mkdirSync(TMP, { recursive: true });
    const out = join(TMP, 'pooled.html');
    try {
      const done = await pool.render({ id: 'x', body: BODY, path: '/kb/x.mdx', data: {}, out });
      const expected = await inProcess(BODY, '/kb/x.mdx', {});
      expect(readFileSync(out, 'utf8')).toBe(expected.html);
      expect(done.headings).toEqual(expected.headings);
    } finally {
      pool.release();
    }
  });

  it('name the file and line of a JavaScript expression', async () => {
    await expect(render('Two is {1 + 1}.\n')).rejects.toThrow(
      /\/kb\/x\.mdx:1:8 {2}the expression \{1 \+ 1\} is not supported/,
    );
  });
});
