import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { kitSource } from '../../src/model/kit-cases.ts';
import { kitMarkdown } from '../../src/model/kit-markdown.ts';
import { buildKit, EMPTY_KIT, type KitItem, type Selection } from '../../src/model/kit-view.ts';
import { challengeKits, kitItems, kitLabels } from '../../src/model/review-kit.ts';
import { brokenCopy, CONTENT, FIXTURE, ROOT } from '../helpers/fixture.ts';

const item = (kind: KitItem['kind'], title: string, challenges: string[], more: Partial<KitItem> = {}): KitItem => ({
  kind,
  title,
  href: `/${kind}s/${title}/`,
  note: '',
  challenges,
  stages: ['data'],
  ...more,
});
const LABELS = { 'cold-start': 'Cold start', drift: 'Drift', data: 'Data' };
const BOTH: Selection = { challenges: ['cold-start', 'drift'], stages: [] };
/** Each group as `title: kind item, kind item` lines, to compare what a reviewer sees. */
const outline = (items: KitItem[], sel = BOTH) =>
  buildKit(items, sel, LABELS).groups.map(
    (g) => `${g.title}: ${g.sections.flatMap((s) => s.entries.map((e) => `${s.kind} ${e.item.title}`)).join(', ')}`,
  );

describe('a review kit for the picked challenges', () => {
  it('groups each item under the challenge it serves, and an item serving two once, under Shared', () => {
    const items = [
      item('practice', 'warm-up', ['cold-start']),
      item('practice', 'retrain', ['drift', 'cold-start']),
      item('technique', 'window', ['drift']),
      item('technique', 'focal', ['imbalance']),
    ];
    expect(outline(items)).toEqual([
      'Shared by Cold start and Drift: practice retrain',
      'Cold start: practice warm-up',
      'Drift: technique window',
    ]);
    const shared = buildKit(items, BOTH, LABELS).groups[0]!.sections[0]!.entries[0]!;
    expect(shared.serves).toEqual(['Cold start', 'Drift']);
    // Picked alone, the same item belongs to that challenge and names no other.
    expect(outline(items, { challenges: ['drift'], stages: [] })).toEqual([
      'Drift: practice retrain, technique window',
    ]);
  });

  it('ranks case studies about a challenge first, then by how many of its entries cite them', () => {
    const cases = [
      item('source', 'A cited once', ['cold-start'], { cites: { 'cold-start': 1 } }),
      item('source', 'B about it', ['cold-start'], { about: ['cold-start'] }),
      item('source', 'C cited thrice', ['cold-start'], { cites: { 'cold-start': 3 } }),
      item('source', 'D cited by drift', ['drift'], { cites: { drift: 9 } }),
    ];
    expect(outline(cases)).toEqual([
      'Cold start: source B about it, source C cited thrice, source A cited once',
      'Drift: source D cited by drift',
    ]);
  });

  it('builds a kit from stages alone, and none from an empty choice', () => {
    const items = [item('practice', 'p', ['drift']), item('practice', 'q', [], { stages: ['features'] })];
    expect(outline(items, { challenges: [], stages: ['data'] })).toEqual(['Stages: Data: practice p']);
    const empty = buildKit(items, { challenges: [], stages: [] }, LABELS);
    expect(empty.groups).toEqual([]);
    expect(kitMarkdown(empty, { root: 'https://kb.example.org/', kitPath: '/review/' })).toBe(`${EMPTY_KIT}\n`);
  });

  it('writes Markdown with absolute links on the published root, titled with the design doc', () => {
    const items = [
      item('practice', 'retrain', ['drift', 'cold-start'], { href: '/practices/retrain/#how', note: 'Retrain often.' }),
      item('source', 'Paper [2019]', ['drift'], {
        href: '/sources/p/#case-p',
        also: [{ label: 'summary', href: '/sources/s/#case-s' }],
      }),
    ];
    const kit = buildKit(items, BOTH, LABELS);
    const root = 'https://docs.example.com/kb/';
    const md = kitMarkdown(kit, { root, kitPath: '/review/?challenge=cold-start&challenge=drift', name: ' Feed v2 ' });
    expect(md.split('\n').slice(0, 5)).toEqual([
      '# Review kit: Feed v2',
      '',
      'For: Cold start, Drift',
      '',
      `Kit: <${root}review/?challenge=cold-start&challenge=drift>`,
    ]);
    expect(md).toContain(
      `- [ ] [retrain](${root}practices/retrain/#how) — Retrain often. (serves: Cold start, Drift)\n`,
    );
    expect(md).toContain(
      `- [ ] [Paper \\[2019\\]](${root}sources/p/#case-p) — also: [summary](${root}sources/s/#case-s)\n`,
    );
    // Every link is absolute on the root: none relative, none on another host.
    const links = [...md.matchAll(/\]\(([^)]+)\)|<([^>]+)>/g)].map((m) => m[1] ?? m[2]);
    expect(links.length).toBe(4);
    for (const link of links) expect(link!.startsWith(root), link).toBe(true);
    // Without a name, the picked challenges are the title.
    expect(kitMarkdown(kit, { root, kitPath: '/review/' }).split('\n')[0]).toBe('# Review kit: Cold start, Drift');
  });
});

async function kitOf(dir: string) {
  const content = await loadContent(dir, ROOT);
  const { graph } = createContext(content);
  const facts = new Map(content.entries.map((e) => [`${e.collection}/${e.id}`, e.facts]));
  const items = kitItems(graph, facts, content.sources.map(kitSource));
  return { items, kits: challengeKits(graph, items), content };
}

describe("the kit's items, from the content", () => {
  // A pre-rendered kit page copies the kit the browser builds from all the items (src/scripts/review-kit.ts).
  it('give each challenge, from all the items, the kit pre-rendered for it', async () => {
    const content = await loadContent(CONTENT, ROOT);
    const { graph } = createContext(content);
    const facts = new Map(content.entries.map((e) => [`${e.collection}/${e.id}`, e.facts]));
    const items = kitItems(graph, facts, content.sources.map(kitSource));
    const kits = challengeKits(graph, items);
    expect(kits.size).toBeGreaterThan(10);
    for (const [id, kit] of kits)
      expect(buildKit(items, { challenges: [id], stages: [] }, kitLabels(graph)), id).toEqual(kit);
  });

  it('land on the section that answers the reviewer, and a case on its own card', async () => {
    const { items } = await kitOf(FIXTURE);
    const href = (title: string) => items.find((i) => i.title === title)?.href;
    expect(href('Cold start')).toBe('/challenges/cold-start/#remedies');
    expect(href('Label by hand')).toBe('/practices/label-by-hand/#how');
    expect(href('Active learning')).toBe('/techniques/active-learning/#when-to-use');
    expect(href('A paper by Globex')).toBe('/sources/globex-paper/#case-globex-paper');
  });

  it('list a case once, with its other write-ups, when a source is marked `same_case_as` another', async () => {
    const dir = brokenCopy('kit-same-case', FIXTURE, {
      'sources/acme-ranking.yaml': (s) => `${s.trimEnd()}\nsame_case_as: acme-labels\n`,
    });
    const cases = (await kitOf(dir)).items.filter((i) => i.kind === 'source');
    expect(cases.map((c) => c.title)).toEqual(['A paper by Globex', 'How Acme labels widgets']);
    expect(cases[1]!.also).toEqual([{ label: 'talk', href: '/sources/acme-ranking/#case-acme-ranking' }]);
    // Without the mark the two Acme write-ups are two cases.
    expect((await kitOf(FIXTURE)).items.filter((i) => i.kind === 'source')).toHaveLength(3);
  });

  it("count a technique its challenge's remedies link as serving that challenge", async () => {
    const dir = brokenCopy('kit-remedy-link', FIXTURE, {
      'challenges/label-noise.mdx': (s) =>
        s.replace(
          '## Remedies and their costs \\{#remedies}\n',
          (h) => `${h}\nSee [active learning](/techniques/active-learning/).\n`,
        ),
    });
    const technique = (items: KitItem[]) => items.find((i) => i.title === 'Active learning')!.challenges;
    expect(technique((await kitOf(FIXTURE)).items)).toEqual(['cold-start']);
    expect(technique((await kitOf(dir)).items)).toEqual(['cold-start', 'label-noise']);
  });

  it("give position bias a technique, and list Facebook's and Booking.com's cases once for cold start and drift", async () => {
    const { items, kits } = await kitOf(CONTENT);
    const kinds = kits.get('position-bias')!.groups.flatMap((g) => g.sections.map((s) => s.kind));
    expect(kinds).toContain('technique');
    const kit = buildKit(items, BOTH, {});
    const cases = kit.groups.flatMap((g) => g.sections.filter((s) => s.kind === 'source').flatMap((s) => s.entries));
    const titles = cases.map((e) => e.item.href);
    expect(titles.filter((h) => h.includes('facebook-data-classification'))).toHaveLength(1);
    expect(titles.filter((h) => h.includes('booking-150-models'))).toHaveLength(1);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
