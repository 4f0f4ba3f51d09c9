/**
 * Reads the guide the knowledge base is built from, line by line, and finds the organisations each
 * line attributes its lesson to: the names in its parentheses, e.g. "(Walmart Semantic Labels)".
 */
export interface AttributedLine { line: number; text: string; orgs: string[] }

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

export function attributedLines(guide: string): AttributedLine[] {
  const out: AttributedLine[] = [];
  guide.split('\n').forEach((text, i) => {
    const parentheticals = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!).join(' ');
    const orgs = GUIDE_ORGS.filter(([re]) => re.test(parentheticals)).map(([, id]) => id);
    if (orgs.length) out.push({ line: i + 1, text, orgs });
  });
  return out;
}

/** Lower-case words of a text, without Markdown punctuation, for verbatim comparison. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[*_`#>|\[\]()"“”‘’:;,.!?]/g, ' ').split(/\s+/).filter((w) => /[a-z0-9]/.test(w));
}

/** Every run of `n` consecutive words of the guide, as a set of joined strings. */
export function shingles(text: string, n: number): Set<string> {
  const set = new Set<string>();
  for (const line of text.split('\n')) {
    const w = words(line);
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  }
  return set;
}
