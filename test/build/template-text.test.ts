import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { gluedText } from '../helpers/glued-text.ts';
import { ready } from '../helpers/sites.ts';

/* No words glued together where a template broke a line (test/helpers/glued-text.ts), on any page. */
describe('text as the templates write it', () => {
  const dist = inject('dist').real;
  beforeAll(() => ready('real'));

  it('finds glued words where they are: a dot or a comma without its space', () => {
    expect(gluedText('<nav><a>Search</a> ·<a>Review kit</a></nav>')).toEqual(['Search ·Review kit']);
    expect(gluedText('<p>the guide,<a>search</a>, or</p>')).toEqual(['the guide,search, or']);
    expect(gluedText('<p>A · B, C; 1,000</p><table><td>·</td><td>1</td></table>')).toEqual([]);
  });

  it('keeps a space around every separator and after every comma, on every page of the real site', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) pages.push(path);
      }
    };
    walk(dist);
    expect(pages.length).toBeGreaterThan(100);
    const glued = pages.flatMap((p) => gluedText(readFileSync(p, 'utf8')).map((t) => `${p.slice(dist.length)}: ${t}`));
    expect([...new Set(glued.map((g) => g.replace(/^[^:]+: /, '')))]).toEqual([]);
  });
});
