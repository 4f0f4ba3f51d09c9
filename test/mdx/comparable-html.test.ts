import { describe, expect, it } from 'vitest';
import { comparableHtml } from './comparable-html.ts';

// The comparison the same-HTML test relies on: equal where only the printing differs, and not otherwise.
describe('comparableHtml', () => {
  it('reads alike what only the printing tells apart', () => {
    expect(comparableHtml('<code>&lt;EMAIL&gt;</code><p data-x>a</p>')).toBe(
      comparableHtml('<code>&#x3C;EMAIL></code><p data-x="">a</p>'),
    );
    expect(comparableHtml('<pre style="color:#fff; overflow-x: auto;">x</pre>')).toBe(
      comparableHtml('<pre style="color:#fff;overflow-x:auto">x</pre>'),
    );
  });

  it('tells apart what a reader would see differently', () => {
    const base = '<p>“a” <em>b</em> <strong>c</strong></p>';
    for (const changed of [
      '<p>"a" <em>b</em> <strong>c</strong></p>', // straight quotes: smartypants did not run
      '<p>“a” <em>b</em><strong>c</strong></p>', // a space lost between inline elements
      '<p class="x">“a” <em>b</em> <strong>c</strong></p>', // an attribute added
      '<p>“a” <i>b</i> <strong>c</strong></p>', // another element
    ])
      expect(comparableHtml(changed)).not.toBe(comparableHtml(base));
    expect(comparableHtml('<pre style="color:#fff">x</pre>')).not.toBe(
      comparableHtml('<pre style="color:#000">x</pre>'),
    );
  });
});
