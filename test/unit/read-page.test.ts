import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/checks/dist/pages.ts';
import { readPage as readHtml } from '../../src/checks/dist/read-page.ts';
import { forIndex } from '../../src/emit/steps/search-index.ts';
import { policy, scriptHash } from '../../src/model/csp.ts';
import { siteInlineScripts } from '../helpers/inline-scripts.ts';

/* The one reading of a built page (src/checks/dist/read-page.ts), for the post-build steps and the built-site checks. */
const SCRIPT = 'document.documentElement.dataset.theme = "dark";';
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}<meta property="og:title" content="T"></head><body>${body}</body></html>`;
const csp = (...scripts: string[]) =>
  `<meta http-equiv="content-security-policy" content="${policy(scripts.map(scriptHash))}">`;
const messages = (html: string) => readPage('x/index.html', html).findings.map((f) => `${f.rule}: ${f.message}`);

describe('the built-site scan of a page', () => {
  it('reads the ids, sections, anchors, links and meta the other checks need', () => {
    const read = readPage(
      'practices/x/index.html',
      page(
        csp(),
        '<main><h2 id="a">A</h2><div data-published-anchors><h3 id="b">B</h3><p data-anchor-alias id="old">' +
          '</p><a href="/y/#z" name="n">y</a></div><section id="related" data-published-anchor></section></main>',
      ),
    );
    expect(read.url).toBe('/practices/x/');
    expect([...read.ids]).toEqual(['a', 'b', 'old', 'n', 'related']);
    expect(read.sectionIds).toEqual(['a', 'b']);
    expect(read.publishedAnchors).toEqual(['b', 'old', 'related']);
    expect(read.links).toEqual([{ href: '/y/#z', tag: 'a' }]);
    expect(read.meta.get('og:title')).toBe('T');
    expect(read.findings).toEqual([]);
  });

  it('allows the inline scripts the policy hashes, and no other, nor one placed before the policy', () => {
    expect(messages(page(csp(SCRIPT), `<script>${SCRIPT}</script>`))).toEqual([]);
    expect(messages(page(csp(), `<script>${SCRIPT}</script>`))).toEqual([
      expect.stringMatching(/^csp: an inline script .* is not allowed/),
    ]);
    expect(messages(page(`<script>${SCRIPT}</script>${csp(SCRIPT)}`, ''))).toEqual([
      expect.stringMatching(/^csp: a script comes before the Content-Security-Policy/),
    ]);
    expect(messages(page('', ''))).toEqual([expect.stringMatching(/^csp: the page has no Content-Security-Policy/)]);
  });

  it('finds unsafe markup inside <pre> and <noscript> too, which a tree reads as plain text', () => {
    const found = messages(
      page(
        csp(),
        '<div data-published-anchors><pre><span onclick="x()">a</span></pre>' +
          '<noscript><img src="https://tracker.example/p.gif"></noscript></div>',
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(/^unsafe-output: <span onclick> is an event handler/),
      expect.stringMatching(/^off-site-resource: <img src="https:\/\/tracker\.example/),
    ]);
  });

  it("keeps a diagram's own <style> and flags any other in the entry text", () => {
    const text = '<div data-published-anchors><figure class="diagram"><svg><style>a{}</style></svg></figure>';
    expect(messages(page(csp(), `${text}</div>`))).toEqual([]);
    expect(messages(page(csp(), `${text}<style>b{}</style></div>`))).toEqual([
      expect.stringMatching(/^unsafe-output: the entry text holds a <style> element/),
    ]);
  });
});

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head data-x="1"><meta charset="utf-8">',
  '<script>document.documentElement.dataset.theme = "dark";</script>',
  '<script type="module" src="/_astro/page.js"></script></head><body><main>',
  '<article data-published-anchors><div><p>Text<br>more <img src="/a.png" alt=""></p>',
  '<script>alert("content")</script><div><script>alert(2)</script></div></div></article>',
  '<p>after</p><script>window.kb = 1 < 2 && "</div>";</script></main></body></html>',
].join('');

describe('what the policy is made from', () => {
  it('finds where <head> opens and every script the site ships, not those in the entry text', () => {
    const { headEnd, scripts } = readHtml(PAGE);
    expect(PAGE.slice(0, headEnd!)).toMatch(/<head data-x="1">$/);
    expect(scripts).toEqual(['document.documentElement.dataset.theme = "dark";', 'window.kb = 1 < 2 && "</div>";']);
  });

  it('agrees with a full parse', () => {
    expect(readHtml(PAGE).scripts).toEqual(siteInlineScripts(parse(PAGE, { comment: true })).map((s) => s.rawText));
  });

  it('says when a page has no <head>', () => {
    expect(readHtml('<p>no head</p>').headEnd).toBeNull();
  });
});

describe('the page as the search index gets it', () => {
  const spaced = (html: string) => forIndex(html, { ...readHtml(html), indexed: null });
  const page = (main: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body class="b"><header><nav><p>Menu</p></nav></header>${main}<footer><p>Foot</p></footer><script>x()</script></body></html>`;

  it('puts a space after each block, where an implied close ends it, and none inside <noscript>', () => {
    const html = '<main><p>a<br>b</p><table><tr><th>x</th><td>y</td></tr></table><p>c<div>d</div>';
    expect(spaced(`${html}<noscript><p>e</p></noscript></main>`)).toBe(
      '<main><p>a<br> b</p> <table><tr><th>x</th> <td>y</td> </tr></table><p>c <div>d</div> <noscript><p>e</p></noscript></main>',
    );
  });

  it('keeps the head and the marked content, spaced, and leaves out what surrounds it', () => {
    const html = page('<main id="m" data-pagefind-body><h1>A</h1><p>b</p><div>c</div></main>');
    expect(forIndex(html, readHtml(html))).toBe(
      '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body class="b"><main id="m" data-pagefind-body><h1>A</h1> <p>b</p> <div>c</div> </main></body></html>',
    );
  });

  it('hands over the whole page, spaced, when nothing is marked', () => {
    const html = page('<main><p>b</p></main>');
    expect(forIndex(html, readHtml(html))).toBe(spaced(html));
  });
});
