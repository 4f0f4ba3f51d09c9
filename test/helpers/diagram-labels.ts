import type { Page } from 'playwright-core';

/**
 * Node labels of the diagrams on a page that do not fit: wider than their node's shape, or
 * reaching outside the drawing. Measured in the browser, on what the reader sees.
 */
export async function overflowingLabels(page: Page, scope = 'figure.diagram'): Promise<string[]> {
  return page.evaluate((scope) => {
    const bad: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg`)) {
      if (!svg.getClientRects().length) continue; // the other theme's copy is not shown
      const frame = svg.getBoundingClientRect();
      for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
        const shape = node.querySelector<SVGGraphicsElement>('rect, polygon, path, circle, ellipse');
        const label = node.querySelector<SVGGraphicsElement>('g.label, text');
        if (!shape || !label) continue;
        const s = shape.getBoundingClientRect();
        const l = label.getBoundingClientRect();
        const name = `${node.id || 'node'} "${(label.textContent ?? '').trim()}"`;
        if (l.width > s.width + 0.5 || l.left < s.left - 0.5 || l.right > s.right + 0.5)
          bad.push(`${name}: label ${l.width.toFixed(0)} px wide in a box of ${s.width.toFixed(0)} px`);
        else if (l.left < frame.left - 0.5 || l.right > frame.right + 0.5)
          bad.push(`${name}: label outside the drawing`);
      }
    }
    return bad;
  }, scope);
}
