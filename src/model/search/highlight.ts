/**
 * Marks for titles and snippets, as plain segments the scripts turn into text nodes and <mark>
 * elements (never HTML from the index). A word is matched when it starts with a query word or
 * shares its stem ("starts", "labels" for "label"), roughly as Pagefind matches; Pagefind's own
 * match locations count too. Consecutive words matching consecutive query words ("Cold start" for
 * "doordash cold start") form one mark: the phrase is one match, each other word its own.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '') || w;
const core = (token: string) =>
  /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token)!.slice(1) as [string, string, string];

/** The index in `terms` of the query word a word (punctuation and all) matches, or -1. */
export function termOf(word: string, terms: string[]): number {
  const w = core(word)[1]
    .replace(/['’]s$/u, '')
    .toLowerCase();
  if (!w) return -1;
  return terms.findIndex((t) => w === t || (t.length > 2 && (w.startsWith(t) || stem(w) === stem(t))));
}

/**
 * `text` split into marked and unmarked segments; `forced(i)` marks the i-th whitespace-separated
 * word whatever it is (Pagefind's locations in a snippet).
 */
export function markWords(text: string, terms: string[], forced: (i: number) => boolean = () => false): Segment[] {
  const parts = text.split(/(\s+)/);
  const out: Segment[] = [];
  const plain = (s: string) => {
    const last = out.at(-1);
    if (!s) return;
    if (last && !last.mark) last.text += s;
    else out.push({ text: s, mark: false });
  };
  let before = { term: -2, open: false }; // the previous word: its query word, and whether a phrase may go on
  for (let i = 0; i < parts.length; i += 2) {
    const [lead, body, tail] = core(parts[i]!);
    const term = termOf(body, terms);
    const mark = body.length > 0 && (term >= 0 || forced(i / 2));
    const last = out.at(-1);
    if (mark && term >= 0 && before.open && term === before.term + 1 && !lead && last?.mark) {
      last.text += `${parts[i - 1]}${body}`;
    } else {
      if (i > 0) plain(parts[i - 1]!);
      plain(lead);
      if (mark) out.push({ text: body, mark: true });
      else plain(body);
    }
    plain(tail);
    before = { term, open: mark && term >= 0 && !tail };
  }
  return out;
}
