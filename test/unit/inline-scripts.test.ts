import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { siteInlineScripts } from '../../src/lib/csp.ts';
import { pageScripts } from '../../src/lib/inline-scripts.ts';

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head data-x="1"><meta charset="utf-8">',
  '<script>document.documentElement.dataset.theme = "dark";</script>',
  '<script type="module" src="/_astro/page.js"></script></head><body><main>',
  '<article data-published-anchors><div><p>Text<br>more <img src="/a.png" alt=""></p>',
  '<script>alert("content")</script><div><script>alert(2)</script></div></div></article>',
  '<p>after</p><script>window.kb = 1 < 2 && "</div>";</script></main></body></html>',
].join('');

describe('the inline scripts of a page, read in one pass', () => {
  it('finds where <head> opens and every script the site ships, not those in the entry text', () => {
    const { headEnd, scripts } = pageScripts(PAGE);
    expect(PAGE.slice(0, headEnd!)).toMatch(/<head data-x="1">$/);
    expect(scripts).toEqual(['document.documentElement.dataset.theme = "dark";', 'window.kb = 1 < 2 && "</div>";']);
  });

  it('agrees with the full parse the built-site check uses', () => {
    expect(pageScripts(PAGE).scripts).toEqual(siteInlineScripts(parse(PAGE, { comment: true })).map((s) => s.rawText));
  });

  it('says when a page has no <head>', () => {
    expect(pageScripts('<p>no head</p>').headEnd).toBeNull();
  });
});
