import { parse } from 'node-html-parser';

/**
 * Words that a template glued together: Astro drops the whitespace of a line break between a text
 * and an element, so `A ·⏎<a>B</a>` renders "A ·B" and `guide,⏎<a>search</a>` "guide,search". Read
 * from each block of text (tables left out: the matrix writes "·" for zero in its own cells).
 */
const BLOCKS = 'p, li, dd, dt, nav, h1, h2, h3, h4, h5, h6, figcaption, summary, legend, label';
const GLUED = /\S·|·(?=\S)|[a-z][,;][a-z]/gi;

export function gluedText(html: string): string[] {
  const root = parse(html);
  for (const n of root.querySelectorAll('script, style, code, pre, svg, table')) n.remove();
  const found = new Set<string>();
  for (const block of root.querySelectorAll(BLOCKS)) {
    const text = block.text.replace(/\s+/g, ' ');
    for (const m of text.matchAll(GLUED)) found.add(text.slice(Math.max(0, m.index - 20), m.index + 20).trim());
  }
  return [...found];
}
