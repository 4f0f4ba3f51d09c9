import { markWords } from '../model/search/highlight.ts';
import type { PagefindData } from '../model/search/run.ts';
import { snippet } from '../model/search/snippet.ts';
import { el, marked } from './dom.ts';

/**
 * One result of the search page: its title and summary with the query's words marked, its type,
 * and, for a query, a snippet of its prose (src/model/search/snippet.ts) and the sections that
 * match. Everything is built as DOM nodes from plain text.
 */
export function renderResult(d: PagefindData, terms: string[] | undefined): HTMLLIElement {
  const title = el('a', { href: d.url }, marked(markWords(d.meta.title ?? d.url, terms ?? [])));
  const head = el('p', { className: 'result-title' }, [
    title,
    ' ',
    el('span', { className: 'type-badge' }, [d.meta.type ?? '']),
  ]);
  const summary = el('p', { className: 'result-summary' }, marked(markWords(d.meta.summary ?? '', terms ?? [])));
  const parts: Node[] = [head, summary];
  if (terms) {
    const text = snippet(d, terms);
    if (text.length) parts.push(el('p', { className: 'result-excerpt' }, marked(text)));
    // "Related" link lists say nothing of their own; only sections with text are worth landing on.
    const subs = d.sub_results.filter((s) => s.url.includes('#') && s.title !== 'Related').slice(0, 3);
    if (subs.length)
      parts.push(
        el(
          'ul',
          { className: 'sub-results' },
          subs.map((s) => el('li', {}, [el('a', { href: s.url }, [s.title])])),
        ),
      );
  }
  return el('li', {}, parts);
}
