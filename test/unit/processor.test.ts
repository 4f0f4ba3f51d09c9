import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBody } from '../../src/ingest/body.ts';
import { parseMdx } from '../../src/ingest/parse.ts';
import { markdownProcessor } from '../../src/ingest/plugins/index.ts';

/*
 * Strings through the site's Markdown pipeline (src/ingest/plugins/index.ts), compared with what the
 * checks read from the same text (src/ingest/body.ts): heading ids and citation numbers come
 * from one function each, so the page and the checks cannot disagree.
 */
const TEXT = `---
title: A page
---

Intro with a claim [@beta] and another [@alpha; @beta, unconfirmed].

## Notes

First notes [@gamma, unconfirmed: multi-tower].

## Notes

- An item [@alpha].

## The \`flag\` option \\{#flag #old-flag}

| Source | Claim |
| --- | --- |
| Delta | A claim [@delta] |

### Ünïcode & punctuation!

See [cold start](/challenges/cold-start/#detect).
`;

describe('the Markdown pipeline and the checks read the same text the same way', () => {
  let html: ReturnType<typeof parse>;
  const facts = analyzeBody(parseMdx(TEXT).tree);
  beforeAll(async () => {
    const renderer = await markdownProcessor({ base: '/kb/', site: 'https://kb.example.org' }).createRenderer({
      syntaxHighlight: false,
    });
    html = parse((await renderer.render(TEXT.replace(/^---[\s\S]*?---\n/, ''))).code);
  });

  it('gives each heading the id the checks compute, with pinned ids and their aliases', () => {
    const ids = html.querySelectorAll('h2, h3').map((h) => h.id);
    expect(ids).toEqual(facts.headings.map((h) => h.slug));
    expect(ids).toEqual(['notes', 'notes-1', 'flag', 'ünïcode--punctuation']);
    expect(html.getElementById('old-flag')?.getAttribute('data-anchor-alias')).toBe('flag');
    expect(facts.headings[2]!.aliases).toEqual(['old-flag']);
  });

  it('numbers citations in the order the page lists its sources', () => {
    const markers = html.querySelectorAll('sup.cite a').map((a) => [a.getAttribute('data-cite'), a.text]);
    expect(facts.sources).toEqual(['beta', 'alpha', 'gamma', 'delta']);
    for (const [key, text] of markers) expect(text!.split(' ')[0]).toBe(String(facts.sources.indexOf(key!) + 1));
    expect(markers).toContainEqual(['beta', '1 unconfirmed']);
    // A flag that names its guide-only claim renders as the bare flag does; the checks keep the claim id.
    expect(markers).toContainEqual(['gamma', '3 unconfirmed']);
    expect(facts.citations.map((c) => [c.key, c.unconfirmed, c.claim])).toEqual([
      ['beta', false, undefined],
      ['alpha', false, undefined],
      ['beta', true, undefined],
      ['gamma', true, 'multi-tower'],
      ['alpha', false, undefined],
      ['delta', false, undefined],
    ]);
  });

  it('prefixes root-relative links with the base path, keeping the fragment', () => {
    expect(html.querySelector('p a[href*="cold-start"]')!.getAttribute('href')).toBe(
      '/kb/challenges/cold-start/#detect',
    );
  });
});
