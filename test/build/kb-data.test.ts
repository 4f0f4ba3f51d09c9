import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compareKbJson } from '../../src/checks/dist/kb-json.ts';
import { type DistSite, readDist } from '../../src/checks/dist/pages.ts';
import type { KbJson } from '../../src/model/kb-json.ts';
import { ready } from '../helpers/sites.ts';

/*
 * The KB as data against the built sites (test/build/setup.ts): the fixture under /kb/ (built from a
 * folder git does not track: no dates) and the real knowledge base (in git: dates). kb.json agrees
 * with the pages; a kb.json changed in any of the ways below does not; each entry page has its twin.
 */
const dist = inject('dist');
const sites: Record<'fixture' | 'real', { site?: DistSite; kb?: KbJson; base: string }> = {
  fixture: { base: '/kb/' },
  real: { base: '/' },
};
const kbOf = (name: keyof typeof sites) => structuredClone(sites[name].kb!);

beforeAll(async () => {
  await ready('fixture', 'real');
  for (const name of ['fixture', 'real'] as const) {
    sites[name].site = await readDist(dist[name]);
    sites[name].kb = JSON.parse(readFileSync(join(dist[name], 'kb.json'), 'utf8'));
  }
});

const compare = (name: keyof typeof sites, kb: KbJson) => compareKbJson(kb, sites[name].site!, sites[name].base);
/** Entry pages: `/<collection>/<id>/` of a collection kb.json has (the fixture's project adds `datasets`). */
const entryPages = (site: DistSite, kb: KbJson) => {
  const collections = new Set(kb.entries.map((e) => e.collection));
  return site.pages.filter((p) => !p.redirect && collections.has(/^\/([a-z]+)\/[a-z0-9-]+\/$/.exec(p.url)?.[1] ?? ''));
};

describe.each(['fixture', 'real'] as const)('kb.json of the %s site', (name) => {
  it('lists every entry page, each with its title, links, sources and Markdown twin as the site has them', () => {
    const { site, kb } = sites[name];
    expect(kb!.entries.length).toBe(entryPages(site!, kb!).length);
    expect(kb!.entries.some((e) => e.backlinks.length && e.references.length && e.sources.length)).toBe(true);
    expect(compare(name, kbOf(name))).toEqual([]);
  });

  it('has a Markdown twin for each entry page, naming its page', () => {
    const { site, kb } = sites[name];
    for (const page of entryPages(site!, kb!)) {
      const text = readFileSync(join(dist[name], `${page.url.slice(0, -1)}.md`), 'utf8');
      const header = parseYaml(text.split(/^---$/m)[1]!);
      expect(new URL(header.url).pathname).toBe(`${sites[name].base.replace(/\/$/, '')}${page.url}`);
      expect(text).not.toMatch(/\[@|<Guidance/);
    }
  });
});

describe('the comparison catches a kb.json that disagrees with the site', () => {
  it('a removed entry', () => {
    const kb = kbOf('fixture');
    const [gone] = kb.entries.splice(0, 1);
    expect(compare('fixture', kb).map((p) => p.message)).toEqual([
      expect.stringContaining(`${gone!.key}: the site has its page`),
    ]);
  });

  it('an altered title, a backlink the page does not show, a source it does not cite, a twin not built', () => {
    const kb = kbOf('fixture');
    const [a, b] = kb.entries;
    a!.title = 'Another title';
    b!.backlinks.push({ target: a!.key, url: a!.url.replace(/\/$/, '-2/') });
    b!.sources.push('not-a-source');
    a!.markdown = a!.markdown.replace(/\.md$/, '-old.md');
    const messages = compare('fixture', kb).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining(`kb.json titles it "Another title"`),
      expect.stringContaining('Markdown twin'),
      expect.stringContaining(`${b!.key}: kb.json says it is linked from`),
      expect.stringContaining(`${b!.key}: kb.json says it cites not-a-source`),
    ]);
  });
});

describe('freshness and the other data files', () => {
  it('dates the real pages from git, and says "date unknown" for the fixture, which git does not track', () => {
    const page = (name: 'real' | 'fixture', path: string) => readFileSync(join(dist[name], path), 'utf8');
    expect(page('real', 'challenges/cold-start/index.html')).toMatch(/Last updated <time datetime="\d{4}-\d\d-\d\d">/);
    expect(sites.real.kb!.entries.every((e) => e.updated !== null)).toBe(true);
    expect(page('fixture', 'challenges/cold-start/index.html')).toContain('date unknown');
    // REPO_URL is not set for these builds: no edit link.
    expect(page('real', 'challenges/cold-start/index.html')).not.toContain('Edit this page');
  });

  it('lists every entry in llms.txt and llms-full.txt, and the dated ones in the feed', () => {
    const text = (file: string) => readFileSync(join(dist.real, file), 'utf8');
    const { entries } = sites.real.kb!;
    for (const e of entries) {
      expect(text('llms.txt')).toContain(`](${e.markdown})`);
      expect(text('llms-full.txt')).toContain(`<${e.url}> · last updated`);
    }
    const feedEntries = text('feed.xml').match(/<entry>/g) ?? [];
    expect(feedEntries.length).toBe(Math.min(50, entries.length));
  });
});
