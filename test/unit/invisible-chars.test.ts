import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/content/index.ts';
import { invisibleCharProblems } from '../../src/ingest/invisible-chars.ts';
import { brokenCopy, FIXTURE, ROOT } from '../helpers/fixture.ts';

/*
 * Rule `invisible-character`: characters a reader cannot see but a browser or a tool acts on are
 * refused where they stand, named, in every kind of content file; ordinary text passes.
 */
const REFUSED: [string, string][] = [
  ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
  ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
  ['\u202c', 'U+202C POP DIRECTIONAL FORMATTING'],
  ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
  ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
  ['\u200e', 'U+200E LEFT-TO-RIGHT MARK'],
  ['\u200f', 'U+200F RIGHT-TO-LEFT MARK'],
  ['\u061c', 'U+061C ARABIC LETTER MARK'],
  ['\u200b', 'U+200B ZERO WIDTH SPACE'],
  ['\u2060', 'U+2060 WORD JOINER'],
  ['\ufeff', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
  ['\0', 'U+0000 NULL'],
  ['\x07', 'U+0007 BELL'],
  ['\x1b', 'U+001B ESCAPE'],
  ['\x1f', 'U+001F CONTROL CHARACTER'],
  ['\x7f', 'U+007F DELETE'],
  ['\x85', 'U+0085 C1 CONTROL CHARACTER'],
  ['\x9b', 'U+009B C1 CONTROL CHARACTER'],
];

describe('invisible and control characters', () => {
  it.each(REFUSED)('refuses %j at its line and column, by name', (char, name) => {
    const problems = invisibleCharProblems(`title: A title\nsummary: Some ${char}text\n`, 'x.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.yaml', line: 2, column: 15, rule: 'invisible-character' });
    expect(problems[0]!.message).toContain(name);
    expect(problems[0]!.message).toMatch(/delete it/);
  });

  it('accepts tabs, line ends, accents, joiners in emoji and scripts that need them', () => {
    const text = 'a\tb\r\nc\nCafé — naïve “quotes” 👩\u200d💻 می\u200cخواهم 中文 ½\n';
    expect(invisibleCharProblems(text, 'x.mdx')).toEqual([]);
  });

  it('reports a run of them once each, up to a limit', () => {
    expect(invisibleCharProblems('\0\0\0', 'x').map((p) => p.column)).toEqual([1, 2, 3]);
    expect(invisibleCharProblems('\0'.repeat(500), 'x')).toHaveLength(20);
  });

  it('finds them in an entry, a source, tags.yaml and outline.yaml, through `npm run check`', async () => {
    const dir = brokenCopy('invisible-every-file', FIXTURE, {
      'practices/rank-simply.mdx': (s) => s.replace('title: Rank simply', 'title: Rank \u202esimply'),
      'sources/acme-ranking.yaml': (s) => s.replace('publisher: Acme Engineering', 'publisher: Acme\0 Engineering'),
      'tags.yaml': (s) => s.replace('ranking: { label: "Ranking"', 'ranking: { label: "Rank\u2066ing"'),
      'outline.yaml': (s) => s.replace('title: "Section one A"', 'title: "Section\x9b one A"'),
    });
    const found = (await runChecks(dir, ROOT)).problems.filter((p) => p.rule === 'invisible-character');
    expect(found.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column}`)).toEqual([
      'invisible-every-file/outline.yaml:3:18',
      'practices/rank-simply.mdx:2:13',
      'sources/acme-ranking.yaml:3:16',
      'invisible-every-file/tags.yaml:3:24',
    ]);
  });
});
