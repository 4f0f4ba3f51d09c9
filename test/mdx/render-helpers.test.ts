import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frontmatterBlock, parseYaml } from '../../src/ingest/frontmatter.ts';
import { entryRenderer, type RenderSettings } from '../../src/ingest/render/entry-renderer.ts';
import { inLanes, type Render, renderLanes } from '../../src/ingest/render/render-helpers.ts';
import { ROOT, realEntryFiles, renderSettings } from './real-entries.ts';

/*
 * The loader's helper threads (src/ingest/render/render-helpers.ts) are a fast path for large
 * collections, which the real knowledge base is not: here they are started for the real entries
 * and must give exactly what the build's thread gives, body by body. In this project, not `unit`:
 * there the diagram tests put happy-dom's globals in the process, whose `Response` Shiki cannot load
 * its grammar engine with.
 */
const settings = (base: string) => renderSettings({ site: 'https://kb.example.org', base });
const entries = realEntryFiles().map((file) => {
  const text = readFileSync(file, 'utf8');
  const frontmatter = parseYaml(frontmatterBlock(text)!.yaml, 1).data as Record<string, unknown>;
  return { text, filePath: relative(ROOT, file), frontmatter };
});
const here = entryRenderer(settings('/'));

let release = () => {};
afterEach(() => release());

/** Every entry through `helper` (started with `helperSettings`) and through the build's thread. */
async function bothWays(helperSettings: RenderSettings) {
  const started = renderLanes(entries.length, helperSettings, here, 1);
  release = started.release;
  expect(started.lanes.length, 'a helper started').toBeGreaterThan(1);
  const helper = started.lanes[1]!;
  const differ: string[] = [];
  await inLanes(
    entries,
    [helper, helper],
    async ({ text, filePath, frontmatter }, render) => {
      const [mine, theirs] = await Promise.all([
        render(text, filePath, frontmatter),
        here(text, filePath, frontmatter),
      ]);
      try {
        expect(mine).toEqual(theirs);
      } catch {
        differ.push(filePath);
      }
    },
    () => {},
  );
  return differ;
}

describe("the loader's helper threads", () => {
  it('render every real entry as the build thread does', async () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(await bothWays(settings('/'))).toEqual([]);
  });

  // The broken fixture: a helper that renders otherwise (under another base path) is caught.
  it('are caught when they render otherwise', async () => {
    expect((await bothWays(settings('/kb/'))).length).toBeGreaterThan(10);
  });

  it('leave a body they cannot render to the build thread, whose error is told as usual', async () => {
    const broken = '---\ntitle: x\n---\n\nA <Guidance> that never closes.\n';
    const fail = (render: Render) => render(broken, 'content/practices/x.mdx', { title: 'x' }).catch((e: Error) => e);
    const started = renderLanes(2, settings('/'), here, 1);
    release = started.release;
    const viaHelper = await fail(started.lanes[1]!);
    expect(viaHelper).toBeInstanceOf(Error);
    expect(String(viaHelper)).toBe(String(await fail(here)));
  });

  it("keep the results in the items' order, whichever lane finishes first", async () => {
    // A slow lane and a quick one: the quick one finishes items 1 to 5 before the slow one finishes item 0.
    const lane =
      (ms: number): Render =>
      (text) =>
        new Promise((done) => setTimeout(() => done({ html: text, headings: [], frontmatter: {} }), ms));
    const finished: string[] = [];
    const kept: string[] = [];
    const items = ['0', '1', '2', '3', '4', '5'];
    await inLanes(
      items,
      [lane(60), lane(1)],
      async (item, render) => {
        const { html } = await render(item, '', {});
        finished.push(html);
        return html;
      },
      (html) => kept.push(html),
    );
    expect(finished).not.toEqual(items);
    expect(kept).toEqual(items);
  });

  it('take no more items once one has failed, as a plain loop would stop', async () => {
    const taken: number[] = [];
    const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const lane: Render = async () => ({ html: '', headings: [], frontmatter: {} });
    const run = inLanes(
      items,
      [lane, lane],
      async (item) => {
        taken.push(item);
        if (item === 1) throw new Error('content/practices/x.mdx:3:1 broken');
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
      () => {},
    );
    await expect(run).rejects.toThrow('x.mdx:3:1 broken');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(taken).toEqual([0, 1]);
  });

  it('are not started for a small collection', () => {
    expect(renderLanes(entries.length, settings('/'), here).lanes).toEqual([here]);
  });
});
