import type { Problem } from '../report/problems.ts';

/**
 * Characters a reader cannot see but a browser, a terminal or a parser acts on. A right-to-left
 * override makes a title or a link read differently from what it says (the "Trojan Source" trick);
 * a NUL or other control character is kept in the page and the search index, where it breaks
 * copying, comparison and tools downstream; a zero-width space makes two equal-looking ids differ.
 * Tab, line feed and carriage return are ordinary whitespace. The joiners U+200C/U+200D stay
 * allowed: scripts such as Persian and emoji sequences need them, and ids refuse them anyway.
 */
const NAMED: Record<number, string> = {
  0: 'NULL',
  7: 'BELL',
  8: 'BACKSPACE',
  11: 'LINE TABULATION',
  12: 'FORM FEED',
  27: 'ESCAPE',
  127: 'DELETE',
  1564: 'ARABIC LETTER MARK',
  8203: 'ZERO WIDTH SPACE',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8288: 'WORD JOINER',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  // A byte order mark is dropped when the file is read; one anywhere else is invisible text.
  65279: 'ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)',
};

/** C0 controls but tab, LF and CR; DEL and the C1 controls; the bidi controls; invisible spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this rule does.
const INVISIBLE = /[\0-\x08\v\f\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** At most this many are reported per file: one is enough to find the rest with an editor's search. */
const MAX_REPORTED = 20;

/** The Unicode name of `char` as an author can search for it, e.g. "U+202E RIGHT-TO-LEFT OVERRIDE". */
function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMED[code] ?? (code < 0x20 || code === 0x7f ? 'CONTROL CHARACTER' : 'C1 CONTROL CHARACTER');
  return `U+${hex} ${name}`;
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const harm = (char: string) =>
  BIDI.test(char)
    ? 'it changes the order in which the text around it is displayed, so it reads differently from what it says'
    : char.charCodeAt(0) < 0xa0
      ? 'a control character is not text: it breaks copying, search and the tools that read the page'
      : 'it makes text that looks the same compare as different (ids, titles, search)';
const escaped = (char: string) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/** One problem per invisible or control character in `text` (rule `invisible-character`), with its line and column. */
export function invisibleCharProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    if (problems.length === MAX_REPORTED) break;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= match.index) line++;
    problems.push({
      file,
      line: line + 1,
      column: match.index - lineStarts[line]! + 1,
      rule: 'invisible-character',
      message:
        `an invisible character, ${describeChar(match[0])}, is here: ${harm(match[0])}; delete it (a ` +
        `regular-expression search for \`${escaped(match[0])}\` in your editor finds it)`,
    });
  }
  return problems;
}
