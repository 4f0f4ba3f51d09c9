import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { forIndex, pagePass, spaceBlocks } from '../../src/lib/page-pass.ts';
import { closePageReader, readPage } from '../../src/lib/page-reader.ts';
import { siteInlineScripts } from '../helpers/inline-scripts.ts';

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head data-x="1"><meta charset="utf-8">',
  '<script>document.documentElement.dataset.theme = "dark";</script>',
  '<script type="module" src="/_astro/page.js"></script></head><body><main>',
  '<article data-published-anchors><div><p>Text<br>more <img src="/a.png" alt=""></p>',
  '<script>alert("content")</script><div><script>alert(2)</script></div></div></article>',
  '<p>after</p><script>window.kb = 1 < 2 && "</div>";</script></main></body></html>',
].join('');

describe('a rendered page, read in one pass', () => {
  it('finds where <head> opens and every script the site ships, not those in the entry text', () => {
    const { headEnd, scripts } = pagePass(PAGE);
    expect(PAGE.slice(0, headEnd!)).toMatch(/<head data-x="1">$/);
    expect(scripts).toEqual(['document.documentElement.dataset.theme = "dark";', 'window.kb = 1 < 2 && "</div>";']);
  });

  it('agrees with the full parse the built-site check uses', () => {
    expect(pagePass(PAGE).scripts).toEqual(siteInlineScripts(parse(PAGE, { comment: true })).map((s) => s.rawText));
  });

  it('says when a page has no <head>', () => {
    expect(pagePass('<p>no head</p>').headEnd).toBeNull();
  });
});

describe('the spacing for the search index', () => {
  it('puts a space after each block, where an implied close ends it, and none inside <noscript>', () => {
    const html = '<main><p>a<br>b</p><table><tr><th>x</th><td>y</td></tr></table><p>c<div>d</div>';
    expect(spaceBlocks(`${html}<noscript><p>e</p></noscript></main>`)).toBe(
      '<main><p>a<br> b</p> <table><tr><th>x</th> <td>y</td> </tr></table><p>c <div>d</div> <noscript><p>e</p></noscript></main>',
    );
  });
});

describe('the page as the search index gets it', () => {
  const page = (main: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body class="b"><header><nav><p>Menu</p></nav></header>${main}<footer><p>Foot</p></footer><script>x()</script></body></html>`;

  it('keeps the head and the marked content, spaced, and leaves out what surrounds it', () => {
    const html = page('<main id="m" data-pagefind-body><h1>A</h1><p>b</p><div>c</div></main>');
    expect(forIndex(html, pagePass(html))).toBe(
      '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body class="b"><main id="m" data-pagefind-body><h1>A</h1> <p>b</p> <div>c</div> </main></body></html>',
    );
  });

  it('hands over the whole page, spaced, when nothing is marked', () => {
    const html = page('<main><p>b</p></main>');
    expect(forIndex(html, pagePass(html))).toBe(spaceBlocks(html));
  });
});

describe('the page reader', () => {
  it('reads a page once for every integration that asks, and again once it changed', async () => {
    const first = readPage('x/index.html', PAGE);
    expect(readPage('x/index.html', PAGE)).toBe(first);
    const changed = readPage('x/index.html', `${PAGE} `);
    expect(changed).not.toBe(first);
    const [a, b] = await Promise.all([first, changed]);
    expect(a.blockEnds).toEqual(pagePass(PAGE).blockEnds);
    expect(b.hashes).toEqual(a.hashes);
    expect(a.hashes).toHaveLength(2);
    await closePageReader();
  });
});
