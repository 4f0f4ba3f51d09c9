import { createHash } from 'node:crypto';
import { isMap, isScalar, Lexer, parseDocument } from 'yaml';
import type { Problem } from '../../report/problems.ts';
import { wordsOf } from './guide-lines.ts';

/**
 * The copy check against the sources themselves. The texts we read are not ours to publish, so the
 * repository keeps only a fingerprint of each: the first 12 hex digits of the SHA-256 of every run
 * of `SOURCE_RUN` consecutive words (words as `wordsOf` finds them), in
 * content/source-fingerprints/<source-id>.txt, written by scripts/fingerprint-sources.ts. The audit
 * fingerprints every run of the content the same way and reports a run found in a source.
 */
const SOURCE_RUN = 8;
const HEX_DIGITS = 12;

/** The fingerprint of one run of words, joined by single spaces. */
export const fingerprint = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, HEX_DIGITS);

/** Every run of `n` consecutive words of a text, each with the line it starts on. */
export function runsOf(text: string, n: number = SOURCE_RUN): { run: string; line: number }[] {
  const w = wordsOf(text);
  const out: { run: string; line: number }[] = [];
  for (let i = 0; i + n <= w.length; i++)
    out.push({
      run: w
        .slice(i, i + n)
        .map((x) => x.word)
        .join(' '),
      line: w[i]!.line,
    });
  return out;
}

/**
 * A source's fingerprint file: a comment line, then the sorted, unique fingerprints, one a line. A
 * source read in pieces gives one text per piece; no run spans two of them.
 */
export function fingerprintFile(sourceId: string, texts: string | string[]): string {
  const runs = [texts].flat().flatMap((text) => runsOf(text));
  const prints = [...new Set(runs.map((r) => fingerprint(r.run)))].sort();
  return (
    `# ${sourceId}: first ${HEX_DIGITS} hex digits of the SHA-256 of every run of ${SOURCE_RUN} consecutive ` +
    `words of the text we read (lower-case [a-z0-9]+ words joined by spaces); scripts/fingerprint-sources.ts\n` +
    `${prints.join('\n')}\n`
  );
}

/** The fingerprints of a fingerprint file; comment and blank lines are skipped. */
export function readFingerprints(file: string): Set<string> {
  return new Set(
    file
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/** Blanks a stretch of a text, keeping its line breaks so that lines still count. */
const blank = (text: string, start: number, end: number) =>
  text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);

/**
 * What a source file publishes, for the copy check. The fields that name the source rather than
 * restate it are blanked: its title, authors and addresses, and `searched`, which quotes distinctive
 * phrases on purpose so that the next reader can find the page. So are comments, which maintainers
 * read and the site never shows (they quote section headings to say how far a copy goes).
 */
const NAMING_FIELDS = new Set(['title', 'publisher', 'authors', 'venue', 'url', 'read_at', 'searched']);
// The lexer's control tokens stand for no text of the file: document start, flow end, scalar.
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);
export function withoutNamingFields(yamlText: string): string {
  const doc = parseDocument(yamlText);
  let text = yamlText;
  if (isMap(doc.contents))
    for (const pair of doc.contents.items) {
      const range = (pair.value as { range?: [number, number, number] } | null)?.range;
      if (isScalar(pair.key) && NAMING_FIELDS.has(String(pair.key.value)) && range)
        text = blank(text, range[0], range[1]);
    }
  let offset = 0;
  const comments: [number, number][] = [];
  for (const token of new Lexer().lex(yamlText)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if (token.startsWith('#')) comments.push([offset, offset + token.length]);
    offset += token.length;
  }
  // Blank comments only where the tokens spell the file exactly, so no offset is off.
  if (offset === yamlText.length) for (const [start, end] of comments) text = blank(text, start, end);
  return text;
}

interface SourceCopyInput {
  /** The content files to search: path → text (source files already passed through withoutNamingFields). */
  files: Map<string, string>;
  /** Source id → the fingerprints of its text. */
  fingerprints: Map<string, Set<string>>;
  /** Fingerprints never reported: runs of the sources' titles, which entries may quote to name a source. */
  allowed?: Set<string>;
}

const URL = /https?:\/\/[^\s)\]>"'`]+/g;

/** Every run of the content files whose fingerprint is a source's: one problem per copied stretch. */
export function findSourceCopies({ files, fingerprints, allowed = new Set() }: SourceCopyInput): Problem[] {
  const problems: Problem[] = [];
  for (const [file, text] of files) {
    // An address is not prose: a source text that gives its own URL must not flag every link to it.
    const runs = runsOf(text.replace(URL, (url) => ' '.repeat(url.length)));
    for (let j = 0; j < runs.length; j++) {
      const print = fingerprint(runs[j]!.run);
      if (allowed.has(print)) continue;
      const sources = [...fingerprints].filter(([, set]) => set.has(print)).map(([id]) => id);
      if (!sources.length) continue;
      problems.push({
        file,
        line: runs[j]!.line,
        column: 1,
        rule: 'verbatim-source',
        message:
          `repeats ${sources.join(', ')} word for word ("${runs[j]!.run}"): restate it in your own words, ` +
          `keeping its figures`,
      });
      j += SOURCE_RUN - 1; // one report per copied stretch, as the guide check does
    }
  }
  return problems;
}
