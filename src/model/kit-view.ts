/*
 * A review kit as the reviewer reads it: for the picked challenges (and stages), the items grouped
 * by the challenge they serve, an item serving two picked challenges once under "Shared" with both
 * named, case studies ranked by how directly they address the challenges. Pure data in, data out:
 * the pre-rendered kits, the /review/ page's script and the Markdown all build the kit here.
 */
const KIT_SECTIONS = [
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
  /** The challenges it serves. */
  challenges: string[];
  stages: string[];
  /** A case study: the challenges its case record is about (ranked first under them). */
  about?: string[];
  /** A case study: challenge → how many of the entries serving it cite the case (ranked next). */
  cites?: Record<string, number>;
  /** A case study: the other write-ups of the same case (a paper beside its blog post). */
  also?: { label: string; href: string }[];
}
export interface Selection {
  challenges: string[];
  stages: string[];
}
export interface KitEntry {
  item: KitItem;
  /** Labels of the picked challenges it serves, when it serves more than one. */
  serves: string[];
  /** A case study: why it ranks where it does (`about Cold start`, `cited by 3 entries on it`). */
  why?: string;
}
interface KitGroup {
  /** `challenge-<id>`, `shared`, or `stages` (a kit picked by stage alone): the group's ids start with it. */
  key: string;
  title: string;
  /** The group's challenge, whose remedies lead the group. */
  challenge?: string;
  sections: { kind: KitKind; title: string; entries: KitEntry[] }[];
}
export interface Kit {
  /** Labels of what was picked, challenges first. */
  picked: string[];
  groups: KitGroup[];
}
/** Challenge and stage ids → their labels. */
export type KitLabels = Record<string, string>;

/** What a kit with nothing picked says, on the page and in the Markdown. */
export const EMPTY_KIT = 'Pick at least one challenge or stage to see its kit.';

/** An item belongs to a kit when it bears on a chosen challenge (if any) and on a chosen stage (if any). */
function matches(item: Pick<KitItem, 'challenges' | 'stages'>, sel: Selection): boolean {
  if (!sel.challenges.length && !sel.stages.length) return false;
  const hit = (mine: string[], chosen: string[]) => !chosen.length || mine.some((x) => chosen.includes(x));
  return hit(item.challenges, sel.challenges) && hit(item.stages, sel.stages);
}

/**
 * How directly a case addresses these challenges, smaller first: a case about one of them, then the
 * case cited by most of their entries, then by title.
 */
function caseOrder(challenges: string[]) {
  const about = (i: KitItem) => (challenges.some((c) => i.about?.includes(c)) ? 0 : 1);
  const cited = (i: KitItem) => challenges.reduce((n, c) => n + (i.cites?.[c] ?? 0), 0);
  return (a: KitEntry, b: KitEntry) =>
    about(a.item) - about(b.item) || cited(b.item) - cited(a.item) || a.item.title.localeCompare(b.item.title);
}

function sectionsOf(entries: KitEntry[], challenges: string[], label: (id: string) => string): KitGroup['sections'] {
  return KIT_SECTIONS.map((s) => {
    const list = entries.filter((e) => e.item.kind === s.kind);
    if (s.kind === 'source') {
      list.sort(caseOrder(challenges));
      for (const e of list) e.why = whyCase(e.item, challenges, label);
    }
    return { ...s, entries: list };
  }).filter((s) => s.entries.length);
}

/** The reason a case ranks where it does, in the reviewer's words: `cited by 3 entries on cold start, 1 on drift`. */
function whyCase(item: KitItem, challenges: string[], label: (id: string) => string): string {
  const name = (c: string) => label(c).toLowerCase();
  const about = challenges.filter((c) => item.about?.includes(c));
  if (about.length) return `a case about ${listOf(about.map(name))}`;
  const counts = challenges
    .filter((c) => item.cites?.[c])
    .map((c, i) => {
      const n = item.cites![c]!;
      return `${n}${i ? '' : ` ${n === 1 ? 'entry' : 'entries'}`} on ${name(c)}`;
    });
  return counts.length ? `cited by ${counts.join(', ')}` : '';
}

export function buildKit(items: KitItem[], sel: Selection, labels: KitLabels): Kit {
  const label = (id: string) => labels[id] ?? id;
  const picked = [...sel.challenges, ...sel.stages].map(label);
  const pool = items.filter((i) => matches(i, sel));
  if (!sel.challenges.length) {
    const sections = sectionsOf(
      pool.map((item) => ({ item, serves: [] })),
      [],
      label,
    );
    const title = `Stages: ${sel.stages.map(label).join(', ')}`;
    return { picked, groups: sections.length ? [{ key: 'stages', title, sections }] : [] };
  }
  const byGroup = new Map<string, KitEntry[]>([
    ['shared', []],
    ...sel.challenges.map((c): [string, KitEntry[]] => [c, []]),
  ]);
  for (const item of pool) {
    const served = sel.challenges.filter((c) => item.challenges.includes(c));
    const shared = served.length > 1;
    byGroup.get(shared ? 'shared' : served[0]!)!.push({ item, serves: shared ? served.map(label) : [] });
  }
  const groups: KitGroup[] = [];
  for (const [key, entries] of byGroup) {
    const challenges = key === 'shared' ? sel.challenges : [key];
    const sections = sectionsOf(entries, challenges, label);
    if (!sections.length) continue;
    const title = key === 'shared' ? `Shared by ${listOf(sel.challenges.map(label))}` : label(key);
    // A challenge's group is keyed `challenge-<id>`, so no challenge id can take the ids of the shared group.
    groups.push(
      key === 'shared' ? { key, title, sections } : { key: `challenge-${key}`, title, challenge: key, sections },
    );
  }
  return { picked, groups };
}

/** "A and B", "A, B and C". */
const listOf = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** The ids a rendered kit writes (src/components/review-kit-list.astro), for the model of the site. */
export const kitIds = (kit: Kit) =>
  kit.groups.flatMap((g) => [groupId(g.key), ...g.sections.map((s) => sectionId(g.key, s.kind))]);
export const groupId = (key: string) => `kit-${key}`;
export const sectionId = (key: string, kind: string) => `kit-${key}-${kind}`;
