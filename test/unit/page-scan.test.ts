import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/checks/dist/pages.ts';
import { policy, scriptHash } from '../../src/model/csp.ts';

/* The built-site check's one streaming pass over a page (src/checks/dist/page-scan.ts). */
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
