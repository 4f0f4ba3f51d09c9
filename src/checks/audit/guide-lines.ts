/**
 * Reads the guide the knowledge base is built from, line by line, and finds the organisations each
 * line attributes its lesson to: the names in its parentheses, e.g. "(Walmart Semantic Labels)".
 */
export interface AttributedLine {
  line: number;
  text: string;
  orgs: string[];
}

/** Organisation names as the guide writes them → the company id (or research source prefix). */
export const GUIDE_ORGS: [RegExp, string][] = [
  [/\bDoorDash\b/, 'doordash'],
  [/\bBooking\.com\b/, 'booking-com'],
  [/\bAirbnb\b/, 'airbnb'],
  [/\bInstagram\b/, 'instagram'],
  [/\bWalmart\b/, 'walmart'],
  [/\bGitHub\b/, 'github'],
  [/\bTwitter\b/, 'twitter'],
  [/\bMozilla\b/, 'mozilla'],
  [/\bFacebook\b/, 'facebook'],
  [/\bGoogle\b/, 'google'],
  [/\bNAVER\b/, 'naver'],
  // The healthcare LSTM paper is a research source, not a company.
  [/\bICLR LSTM\b/, 'lipton'],
];

export function attributedLines(guide: string, orgNames: [RegExp, string][] = GUIDE_ORGS): AttributedLine[] {
  const out: AttributedLine[] = [];
  guide.split('\n').forEach((text, i) => {
    const parentheticals = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!).join(' ');
    const orgs = orgNames.filter(([re]) => re.test(parentheticals)).map(([, id]) => id);
    if (orgs.length) out.push({ line: i + 1, text, orgs });
  });
  return out;
}

/** A word of a text, lower-cased, with the line it stands on. */
interface Word {
  word: string;
  line: number;
}

/**
 * The words of a whole text, across line breaks and Markdown punctuation, so that a run copied
 * over several lines (a list, a diagram) is found as well as one inside a sentence.
 */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  text
    .toLowerCase()
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/[a-z0-9]+/g)) out.push({ word: m[0], line: i + 1 });
    });
  return out;
}

/** Every run of `n` consecutive words of the guide, as a set of joined strings. */
export function shingles(text: string, n: number): Set<string> {
  const w = wordsOf(text).map((x) => x.word);
  const set = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  return set;
}
