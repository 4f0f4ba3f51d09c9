import type { GraphFacts } from '../ingest/body.ts';
import { type Graph, type GraphEntry, keyOf } from './graph.ts';
import { reviewQuestions } from './review-questions.ts';

/*
 * The review kit: for the challenges and lifecycle stages of a system under review, the
 * design-review questions that apply, the challenges, practices and techniques to consider,
 * and the case studies to read. Every item says which challenges and stages it bears on; a kit
 * is the items that match the selection. The /review/ page filters the same items in the
 * browser (data-challenges, data-stages) with the same rule as `matches` below.
 */
export const KIT_SECTIONS = [
  { kind: 'question', title: 'Questions to ask' },
  { kind: 'challenge', title: 'Challenges to check' },
  { kind: 'practice', title: 'Practices to consider' },
  { kind: 'technique', title: 'Techniques to consider' },
  { kind: 'source', title: 'Case studies to read' },
] as const;
type KitKind = (typeof KIT_SECTIONS)[number]['kind'];

export interface KitItem {
  kind: KitKind;
  title: string;
  /** Site path with the section it lands on: `/practices/x/#how`. */
  href: string;
  note: string;
  challenges: string[];
  stages: string[];
}
interface KitSource {
  id: string;
  title: string;
  organisation?: string | undefined;
  year?: number | null | undefined;
  role?: string | undefined;
}
export interface Selection {
  challenges: string[];
  stages: string[];
}

/** The section an item of each kind lands on, the first that the entry has (ids pinned by the entry shapes). */
const LANDING = ['how', 'how-teams-applied-it', 'what-teams-do-about-it', 'how-it-works'];
const uniq = (xs: string[]) => [...new Set(xs)].sort();

/** Challenges an entry bears on: itself if it is one, else the challenges it names. */
const challengesOf = (e: GraphEntry) =>
  e.collection === 'challenges' ? [e.id] : e.refs.filter((r) => r.field === 'challenges').map((r) => r.id);

export function kitItems(graph: Graph, facts: Map<string, GraphFacts>, sources: KitSource[]): KitItem[] {
  const items: KitItem[] = [];
  const landing = (e: GraphEntry) => {
    const ids = new Set((facts.get(keyOf(e))?.headings ?? []).flatMap((h) => [h.slug, ...h.aliases]));
    const id = LANDING.find((l) => ids.has(l));
    return `/${e.collection}/${e.id}/${id ? `#${id}` : ''}`;
  };
  for (const e of [...graph.entries.values()].filter((x) => x.collection === 'frameworks')) {
    const body = facts.get(keyOf(e));
    if (!body) continue;
    for (const q of reviewQuestions(body)) {
      const linked = q.entries.map((k) => graph.entries.get(k)).filter((x): x is GraphEntry => !!x);
      items.push({
        kind: 'question',
        title: q.heading.text,
        href: `/${e.collection}/${e.id}/#${q.heading.slug}`,
        note: '',
        challenges: uniq(linked.flatMap(challengesOf)),
        stages: uniq(linked.flatMap((l) => l.stages)),
      });
    }
  }
  const byTitle = (a: GraphEntry, b: GraphEntry) => a.title.localeCompare(b.title);
  for (const kind of ['challenge', 'practice', 'technique'] as const) {
    for (const e of [...graph.entries.values()].filter((x) => x.collection === `${kind}s`).sort(byTitle)) {
      items.push({
        kind,
        title: e.title,
        href: landing(e),
        note: e.summary,
        challenges: uniq(challengesOf(e)),
        stages: uniq(e.stages),
      });
    }
  }
  for (const s of [...sources].sort((a, b) => a.title.localeCompare(b.title))) {
    if (s.role === 'reference') continue;
    const citing = graph.citing.get(s.id) ?? [];
    const company = s.organisation ? graph.entries.get(`companies/${s.organisation}`)?.title : undefined;
    items.push({
      kind: 'source',
      title: s.title,
      href: `/sources/${s.id}/`,
      note: [company, s.year].filter(Boolean).join(', '),
      challenges: uniq(citing.flatMap(challengesOf)),
      stages: uniq(citing.flatMap((c) => c.stages)),
    });
  }
  return items;
}

/** An item belongs to a kit when it bears on a chosen challenge (if any) and on a chosen stage (if any). */
export function matches(item: Pick<KitItem, 'challenges' | 'stages'>, sel: Selection): boolean {
  if (!sel.challenges.length && !sel.stages.length) return false;
  const hit = (mine: string[], chosen: string[]) => !chosen.length || mine.some((x) => chosen.includes(x));
  return hit(item.challenges, sel.challenges) && hit(item.stages, sel.stages);
}

export const selectKit = (items: KitItem[], sel: Selection) => items.filter((i) => matches(i, sel));

/**
 * Each challenge's kit, as `selectKit(items, { challenges: [id], stages: [] })` gives it (same items,
 * same order), for every challenge at once: the pre-rendered kits would otherwise filter every item
 * once per challenge, which grows with the square of the knowledge base.
 */
export function kitsByChallenge(items: KitItem[]): Map<string, KitItem[]> {
  const index = new Map<string, KitItem[]>();
  for (const item of items) {
    for (const c of item.challenges) {
      const list = index.get(c) ?? [];
      list.push(item);
      index.set(c, list);
    }
  }
  return index;
}
