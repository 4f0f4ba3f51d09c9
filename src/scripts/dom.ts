import type { Segment } from '../model/search/highlight.ts';
import type { Counts, PagefindApi } from '../model/search/run.ts';

/**
 * A typed element factory for the search scripts. Keyed by tag name so `props` are checked against
 * that element (e.g. `href` on 'a'). The explicit return type stops TS inferring K from a call's
 * context ("union type too complex" in nested calls).
 */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Loads Pagefind from the site's bundle, with the site's ranking; main thread only (see options.ts). */
export type BrowserPagefind = PagefindApi & {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
};
export async function loadPagefind(bundle: string, baseUrl: string, options: object): Promise<BrowserPagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as BrowserPagefind;
  await pagefind.options({ ...options, baseUrl });
  await pagefind.init();
  return pagefind;
}

/** Marked text as DOM nodes: a <mark> per match, text nodes between (never HTML from the index). */
export const marked = (segments: Segment[]): Node[] =>
  segments.map((s) => (s.mark ? el('mark', {}, [s.text]) : document.createTextNode(s.text)));
