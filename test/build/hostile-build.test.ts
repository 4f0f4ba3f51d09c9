import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readDist } from '../../src/checks/dist/pages.ts';
import { checkDistSafety } from '../../src/checks/dist/safety.ts';
import { allowedHashes, CONTENT_SCOPE, scriptHash } from '../../src/model/csp.ts';
import { ready } from '../helpers/sites.ts';
import { CASES } from '../hostile/corpus.ts';

/* The hostile corpus built without the check (the shared `hostile` build of test/build/setup.ts). */
describe('hostile content built without the check (defence in depth)', () => {
  const built = CASES.filter((c) => c.build);
  const dist = inject('dist').hostile;
  const pageOf = (i: number) => `/practices/hostile-${i}/`;
  beforeAll(() => ready('hostile'));
  it('builds a page with a byte order mark like any other', () => {
    const page = parse(readFileSync(join(dist, 'techniques/active-learning/index.html'), 'utf8'));
    expect(page.querySelector('h1')?.text).toBe('Active learning');
  });

  it('fails the build, naming every hostile page and no other', () => {
    const output = readFileSync(`${dist}.output`, 'utf8');
    const named = new Set([...output.matchAll(/\(on (\/practices\/hostile-\d+\/)\)$/gm)].map((m) => m[1]));
    built.forEach((c, i) => {
      expect(named.has(pageOf(i)), c.name).toBe(true);
    });
    // `astro build` on its own prints where the failing hook threw; `npm run build` prints the problems only.
    expect(output).toMatch(/built-site checks found problems/);
  });

  it('the built-site check reports every hostile page, and no other', async () => {
    const problems = checkDistSafety(await readDist(dist));
    const flagged = new Set(problems.map((p) => /\(on (\S+)\)$/.exec(p.message)?.[1]));
    built.forEach((c, i) => {
      expect(flagged.has(pageOf(i)), c.name).toBe(true);
    });
    expect([...flagged].filter((url) => !url?.startsWith('/practices/hostile-'))).toEqual([]);
  });

  it('the policy of a page never allows a script written in the entry text', async () => {
    const page = parse(
      readFileSync(
        join(dist, `practices/hostile-${built.findIndex((c) => c.name === 'script inside Guidance')}/index.html`),
        'utf8',
      ),
    );
    const policy = allowedHashes(
      page.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
    );
    const planted = page.querySelectorAll(`${CONTENT_SCOPE} script`);
    expect(planted.length).toBe(1);
    expect(policy.has(scriptHash(planted[0]!.rawText))).toBe(false);
    expect(policy.size).toBeGreaterThan(0);
  });
});
