import { describe, expect, it } from 'vitest';
import { markWords, type Segment } from '../../src/model/search/highlight.ts';
import { facetCounts, loadMembership, PARTIAL_BELOW, shown } from '../../src/model/search/results.ts';
import { type PagefindApi, type PagefindData, runSearch } from '../../src/model/search/run.ts';
import { snippet } from '../../src/model/search/snippet.ts';

/*
 * The search's pure parts over a tiny in-memory stand-in for Pagefind that, like Pagefind, finds a
 * page when every word of the query starts a word of the page (the build tests run the real index).
 */
interface Page {
  id: string;
  text: string;
  company?: string;
  type?: string;
}
function fakePagefind(pages: Page[]): PagefindApi {
  const data = (p: Page): PagefindData => ({
    url: `/${p.id}/`,
    content: p.text,
    excerpt: '',
    meta: { title: p.id },
    locations: [],
    anchors: [],
    sub_results: [],
  });
  return {
    async search(q, o) {
      const filters = (o as { filters?: Record<string, string> } | undefined)?.filters ?? {};
      const qw = q ? q.toLowerCase().split(/\s+/) : [];
      const found = pages.filter((p) => {
        const pw = p.text.toLowerCase().split(/\W+/);
        const ok = Object.entries(filters).every(([f, v]) => p[f as 'company' | 'type'] === v);
        return ok && qw.every((w) => pw.some((x) => x.startsWith(w)));
      });
      const score = (p: Page) => qw.reduce((n, w) => n + p.text.toLowerCase().split(w).length - 1, 0);
      const results = found.map((p) => ({ id: p.id, score: score(p), data: async () => data(p) }));
      return { results: results.sort((a, b) => b.score - a.score), filters: {} };
    },
  };
}
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
const show = (s: Segment[]) => s.map((x) => (x.mark ? `[${x.text}]` : x.text)).join('');

const PAGES: Page[] = [
  { id: 'all-three', text: 'DoorDash fights cold start', company: 'DoorDash', type: 'challenge' },
  { id: 'all-three-b', text: 'A cold start at DoorDash: starting over', company: 'DoorDash', type: 'source' },
  { id: 'two', text: 'Cold start in general', type: 'challenge' },
  { id: 'one', text: 'Start simple', type: 'practice' },
  { id: 'other', text: 'DoorDash platform', company: 'DoorDash', type: 'source' },
  { id: 'none', text: 'Nothing here', type: 'practice' },
];

describe('the strict and partial results of a query', () => {
  it('puts first, and only there, the pages holding every word; partial ones by how many words they hold', async () => {
    const o = (await runSearch(fakePagefind(PAGES), 'doordash cold start'))!;
    expect(ids(o.strict).sort()).toEqual(['all-three', 'all-three-b']);
    expect(ids(o.partial)[0]).toBe('two');
    expect(ids(o.partial).sort()).toEqual(['one', 'other', 'two']);
    expect(o.terms).toEqual(['doordash', 'cold', 'start']);
  });

  it('requires no filler word, and no page holds a word found nowhere', async () => {
    const pf = fakePagefind(PAGES);
    expect(ids((await runSearch(pf, 'the cold start'))!.strict).sort()).toEqual(['all-three', 'all-three-b', 'two']);
    const o = (await runSearch(pf, 'cold start zzzz'))!;
    expect(o.strict).toEqual([]);
    expect(ids(o.partial)).toContain('two');
  });
});

describe('the list shown and the counts beside the filters', () => {
  const many: Page[] = [
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      text: 'cold start',
      type: i < 2 ? 'practice' : 'challenge',
    })),
    { id: 'p0', text: 'cold only', type: 'practice' },
    { id: 'p1', text: 'start only', type: 'challenge' },
    { id: 'w0', text: 'warm start', type: 'practice' },
  ];
  const setUp = async () => {
    const pf = fakePagefind(many);
    return { pf, membership: await loadMembership(pf, { type: { practice: 0, challenge: 0 } }) };
  };

  it('shows partial matches only when fewer than PARTIAL_BELOW pages hold every word of the query', async () => {
    const { pf, membership } = await setUp();
    const o = (await runSearch(pf, 'cold start'))!;
    expect(o.strict.length).toBeGreaterThanOrEqual(PARTIAL_BELOW);
    expect(shown(o, {}, membership).partial).toEqual([]);
    // A filter leaving fewer strict results brings in no partial ones: the counts must add up.
    expect(shown(o, { type: ['practice'] }, membership)).toEqual({ strict: o.strict.slice(0, 2), partial: [] });
    const few = (await runSearch(pf, 'warm start'))!;
    expect(ids(few.strict)).toEqual(['w0']);
    expect(ids(shown(few, { type: ['challenge'] }, membership).partial).sort()).toEqual(['p1', 's2', 's3', 's4', 's5']);
  });

  it('counts for each value exactly what a click on it shows, and a facet adds up to the list', async () => {
    const { pf, membership } = await setUp();
    for (const q of ['cold start', 'warm start']) {
      const o = (await runSearch(pf, q))!;
      const counts = facetCounts(o, {}, membership);
      for (const value of ['practice', 'challenge']) {
        const view = shown(o, { type: [value] }, membership);
        expect(counts.type![value], value).toBe(view.strict.length + view.partial.length);
      }
      const all = shown(o, {}, membership);
      expect(counts.type!.practice! + counts.type!.challenge!).toBe(all.strict.length + all.partial.length);
    }
    expect(facetCounts((await runSearch(pf, 'cold start'))!, {}, membership).type).toEqual({
      practice: 2,
      challenge: 4,
    });
  });
});

describe('highlighting', () => {
  const terms = ['doordash', 'cold', 'start'];
  it('marks the phrase once and every other matched word on its own', () => {
    expect(show(markWords('Cold start. DoorDash · DoorDash’s menu; starting small', terms))).toBe(
      '[Cold start]. [DoorDash] · [DoorDash’s] menu; [starting] small',
    );
    expect(markWords('Cold start', terms).filter((s) => s.mark)).toHaveLength(1);
  });
  it('marks nothing that matches no query word, and words out of order separately', () => {
    expect(show(markWords('Coldly, a warm restart', ['cold', 'start']))).toBe('[Coldly], a warm restart');
    expect(show(markWords('start cold', ['cold', 'start']))).toBe('[start] [cold]');
  });
});

describe('snippets', () => {
  const page = (content: string, anchors: { id: string; location: number }[] = []): PagefindData => ({
    url: '/x/',
    content,
    excerpt: '',
    meta: { title: 'Cold start', summary: 'New users have no history.' },
    locations: [],
    anchors,
    sub_results: [],
  });
  it('never repeats the title and summary shown above it', () => {
    const s = show(snippet(page('Cold start. New users have no history. Later the cold start of items.'), ['cold']));
    expect(s).toBe('Later the [cold] start of items.');
    expect(snippet(page('Cold start. New users have no history.'), ['cold'])).toEqual([]);
  });
  it("marks the words Pagefind locates, but not the query's filler words", () => {
    const d = { ...page('Cold start. New users have no history. The n_classes of the data'), locations: [7, 8, 9] };
    expect(show(snippet(d, ['class']))).toBe('The [n_classes] of the data');
  });
  it('leaves out citation markers, keeping the punctuation after them', () => {
    const text = 'Cold start. New users have no history. A cold start [1]. Then cold items [3 unconfirmed, 4], here.';
    expect(show(snippet(page(text), ['cold']))).toBe('A [cold] start. Then [cold] items, here.');
  });
  it('takes the window holding the most distinct query words', () => {
    const filler = Array(30).fill('word').join(' ');
    const text = `Cold start. New users have no history. cold ${filler} DoorDash has a cold start ${filler}`;
    expect(show(snippet(page(text), ['doordash', 'cold', 'start']))).toContain('[DoorDash] has a [cold start]');
  });
});
