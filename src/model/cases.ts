/*
 * What each company did about each challenge, from the case records of the sources (their
 * `challenges`, `practices` and `techniques`: src/schemas/collections.ts). This is the one
 * definition of "entries about company X" that every page, count and filter uses: the entries its
 * case studies are about or show, not every entry that cites one of its sources for an aside.
 */
export interface CaseSource {
  id: string;
  organisation?: string | undefined;
  /** Ids of the challenges the case is about. */
  challenges: string[];
  /** Keys (`practices/x`, `techniques/y`) of the entries the case shows. */
  shows: string[];
}

/** An entry as this index needs it (the graph's entries; generic so the graph can import this module). */
interface Entry {
  collection: string;
  id: string;
}

/** A company's case studies about one challenge, and the entries that tell of them. */
interface CompanyChallenge<E extends Entry> {
  cases: string[];
  entries: E[];
}

export interface CaseIndex<E extends Entry> {
  /** Company id → the entries its case records list (challenges, practices, techniques), in title order. */
  aboutCompany: Map<string, E[]>;
  /** Entry key → the companies whose case records list it: the reverse of `aboutCompany`. */
  companiesOf: Map<string, string[]>;
  /** Entry key → the challenges of the cases that list it. */
  caseChallengesOf: Map<string, string[]>;
  /** Company id → challenge id → its cases about that challenge and the entries they show. */
  companyChallenges: Map<string, Map<string, CompanyChallenge<E>>>;
}

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
};

export function indexCases<E extends Entry>(
  entries: Map<string, E>,
  sources: CaseSource[],
  rank: Map<E, number>,
): CaseIndex<E> {
  const index: CaseIndex<E> = {
    aboutCompany: new Map(),
    companiesOf: new Map(),
    caseChallengesOf: new Map(),
    companyChallenges: new Map(),
  };
  for (const source of sources) {
    const org = source.organisation;
    const challenges = source.challenges.map((id) => entries.get(`challenges/${id}`)).filter((e) => e !== undefined);
    const shown = source.shows.map((key) => entries.get(key)).filter((e) => e !== undefined);
    for (const entry of [...challenges, ...shown]) {
      for (const c of challenges) add(index.caseChallengesOf, `${entry.collection}/${entry.id}`, c.id);
      if (!org) continue;
      add(index.aboutCompany, org, entry);
      add(index.companiesOf, `${entry.collection}/${entry.id}`, org);
    }
    if (!org) continue;
    const byChallenge = index.companyChallenges.get(org) ?? new Map<string, CompanyChallenge<E>>();
    for (const challenge of challenges) {
      const view = byChallenge.get(challenge.id) ?? { cases: [], entries: [] };
      if (!view.cases.includes(source.id)) view.cases.push(source.id);
      for (const e of shown) if (!view.entries.includes(e)) view.entries.push(e);
      byChallenge.set(challenge.id, view);
    }
    index.companyChallenges.set(org, byChallenge);
  }
  const byRank = (a: E, b: E) => rank.get(a)! - rank.get(b)!;
  for (const list of index.aboutCompany.values()) list.sort(byRank);
  for (const views of index.companyChallenges.values()) for (const v of views.values()) v.entries.sort(byRank);
  return index;
}
