import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildProject, type DevServer, differences, projectWithContent, startDev } from '../helpers/dev-server.ts';

/*
 * `npm run dev` never lies: on a copy of the project with the real content, an open tab follows
 * each edit by itself (title, body, heading, source, tag, outline) and each revert, and a content
 * error shows its checked message in the page. Then the server stops, the copy is built, and its
 * site equals, file for file, the build of a fresh copy. The seconds each edit took to show are
 * printed (the bench measures speed; here only the content is asserted).
 */
const ENTRY = 'content/challenges/cold-start.mdx';
const WAIT_MS = 30_000;

describe('the dev server', () => {
  let project: string;
  let dev: DevServer;
  let browser: Browser;
  let page: Page;
  const timings: string[] = [];
  /** Edits not yet reverted: a failed test must not leave its edit for the next one (or the build). */
  const pending = new Set<() => void>();

  /** Rewrites a file of the copy, then waits until the open tab shows what `shown` looks for. */
  async function edit(name: string, file: string, change: (s: string) => string, shown: (p: Page) => Promise<boolean>) {
    const path = join(project, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after, `${name}: the edit changes ${file}`).not.toBe(before);
    const revert = () => {
      pending.delete(revert);
      writeFileSync(path, before);
    };
    pending.add(revert);
    const started = Date.now();
    writeFileSync(path, after);
    await until(name, () => shown(page));
    timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return revert;
  }

  async function until(name: string, ok: () => Promise<boolean>) {
    const deadline = Date.now() + WAIT_MS;
    while (!(await ok().catch(() => false))) {
      if (Date.now() > deadline) {
        // What the server said and what the page asks it, so that a failure says why the tab did not follow.
        const route = await fetch(`${dev.url}/kb-dev/content-version/`).then(
          async (r) => `${r.status} ${(await r.text()).slice(0, 80)}`,
          (e) => String(e),
        );
        const log = dev
          .output()
          .split('\n')
          .filter((l) => !l.includes('content-version'))
          .slice(-25)
          .join('\n');
        throw new Error(
          `${name}: the open tab did not follow in ${WAIT_MS / 1000} s; h1 "${await text('h1')(page).catch(() => '?')}", ` +
            `version route: ${route}\ndev server:\n${log}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  // A short wait per look: the tab may be reloading, and the next look comes 100 ms later.
  const text = (selector: string) => async (p: Page) => (await p.textContent(selector, { timeout: 1000 })) ?? '';

  beforeAll(async () => {
    project = projectWithContent('dev-project');
    dev = await startDev(project);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${dev.url}/challenges/cold-start/`);
    // Edit only once the server has settled: its first checks done, and the open page built from the version
    // the server holds now (an edit written while the watcher was still starting could go unseen).
    await until('the server settling', async () => {
      if (!dev.output().includes('content checks passed')) return false;
      const served = await fetch(`${dev.url}/kb-dev/content-version/`).then(
        (r) => r.json() as Promise<{ version: string }>,
      );
      return (await page.content()).includes(`const version = "${served.version}"`);
    });
    await new Promise((r) => setTimeout(r, 1000));
  });

  afterEach(() => {
    for (const revert of [...pending]) revert();
  });

  afterAll(async () => {
    console.log(`dev server, edit → open tab:\n  ${timings.join('\n  ')}`);
    await browser?.close();
    await dev?.stop();
  });

  it('shows a title edit and its revert', async () => {
    const revert = await edit(
      'title',
      ENTRY,
      (s) => s.replace(/^title: .*$/m, 'title: Cold start renamed'),
      async (p) => (await text('h1')(p)) === 'Cold start renamed',
    );
    revert();
    await until('title revert', async () => (await text('h1')(page)) === 'Cold start');
  });

  it('shows a body edit and its revert', async () => {
    const added = 'A paragraph added while the dev server runs.';
    const revert = await edit(
      'body',
      ENTRY,
      (s) => `${s.trimEnd()}\n\n${added}\n`,
      async (p) => (await text('.prose')(p)).includes(added),
    );
    revert();
    await until('body revert', async () => !(await text('.prose')(page)).includes(added));
  });

  it('shows a renamed heading in the text and in the contents', async () => {
    const revert = await edit(
      'heading',
      ENTRY,
      (s) => s.replace('## Why it happens', '## Why cold start happens'),
      async (p) =>
        (await text('#causes')(p)).includes('Why cold start happens') &&
        (await text('.toc')(p)).includes('Why cold start happens'),
    );
    revert();
    await until('heading revert', async () => !(await text('.toc')(page)).includes('Why cold start happens'));
  });

  it('shows an edited source in the page that cites it', async () => {
    const revert = await edit(
      'source',
      'content/sources/doordash-item-tagging.yaml',
      (s) => s.replace(/^title: .*$/m, 'title: A retitled DoorDash case study'),
      async (p) =>
        (await text('#sources')(p)).includes('A retitled DoorDash case study') ||
        (await p.content()).includes('A retitled DoorDash case study'),
    );
    revert();
    await until('source revert', async () => !(await page.content()).includes('A retitled DoorDash case study'));
  });

  it('shows a tag renamed in tags.yaml and an outline section retitled', async () => {
    const revertTag = await edit(
      'tag',
      'content/tags.yaml',
      (s) => s.replace('label: "Cold start"', 'label: "Cold-start tag"'),
      async (p) => (await text('.entry-meta')(p)).includes('Cold-start tag'),
    );
    revertTag();
    await until('tag revert', async () => !(await text('.entry-meta')(page)).includes('Cold-start tag'));
    const revertOutline = await edit(
      'outline',
      'content/outline.yaml',
      (s) => s.replace(/(iii-cold-start:\n {2}title: )"?[^\n]*/, '$1"A retitled section"'),
      async (p) => (await text('.entry-meta')(p)).includes('A retitled section'),
    );
    revertOutline();
    await until('outline revert', async () => !(await text('.entry-meta')(page)).includes('A retitled section'));
  });

  it('shows a content error as the checks word it, and clears it when fixed', async () => {
    const revert = await edit(
      'content error',
      ENTRY,
      (s) => s.replace(/^tags: \[/m, 'tags: [no-such-tag, '),
      async (p) => (await text('.dev-problems')(p)).includes('unknown-tag'),
    );
    expect(await text('.dev-problems')(page)).toContain('content/challenges/cold-start.mdx:5:');
    expect(dev.output()).toContain('unknown-tag');
    revert();
    await until('error fixed', async () => (await page.$$('.dev-problems')).length === 0);
  });

  it('leaves nothing behind: a build after dev equals a build from scratch', async () => {
    await dev.stop();
    const afterDev = await buildProject(project);
    const fresh = await buildProject(projectWithContent('fresh-project'));
    expect(differences(afterDev, fresh)).toEqual([]);
  }, 600_000);
});
