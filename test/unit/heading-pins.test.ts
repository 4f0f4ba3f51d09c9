import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/checks/content/context.ts';
import { checkHeadingPins } from '../../src/checks/content/heading-pins.ts';
import { loadContent } from '../../src/ingest/load.ts';
import { brokenCopy, FIXTURE, ROOT } from '../helpers/fixture.ts';

/*
 * Rule `misplaced-id`: a pinned id written inside the heading's markup is printed in the heading,
 * so it is refused at the column where it starts, with the heading rewritten as it should be.
 */
const RANK = 'practices/rank-simply.mdx';
const HEADING = '## What and why \\{#why}';

async function problemsFor(heading: string) {
  const dir = brokenCopy(`heading-pin-${heading.replace(/[^a-z]+/gi, '-')}`, FIXTURE, {
    [RANK]: (s) => s.replace(HEADING, heading),
  });
  return checkHeadingPins(createContext(await loadContent(dir, ROOT)));
}

describe('a pinned heading id inside markup', () => {
  it.each([
    ['## **What and why \\{#why}**', 19, 'is inside bold text', '`## **What and why** \\{#why}`'],
    ['## *What and why \\{#why}*', 18, 'is inside emphasis', '`## *What and why* \\{#why}`'],
    ['## ~~What and why \\{#why}~~', 19, 'is inside struck-through text', '`## ~~What and why~~ \\{#why}`'],
    [
      '## [What and why \\{#why}](/practices/label-by-hand/)',
      18,
      'is inside a link',
      '`## [What and why](...) \\{#why}`',
    ],
    ['## What and **why \\{#why}**', 19, 'is inside bold text', '`## ...** \\{#why}`'],
    ['## Pinned with `{#why}`', 17, 'ends with the code `{#why}`', '(## ... `...` \\{#why})'],
  ])('%s is refused where the pin starts, with the fix', async (heading, column, what, fix) => {
    const problems = await problemsFor(heading);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 12, column, rule: 'misplaced-id' });
    expect(problems[0]!.message).toContain(what);
    expect(problems[0]!.message).toContain(fix);
  });

  it.each([
    '## **What and why** \\{#why}',
    '## What and `why` \\{#why}',
    '## [What](/practices/label-by-hand/) and why \\{#why}',
  ])('%s is accepted', async (heading) => expect(await problemsFor(heading)).toEqual([]));
});
