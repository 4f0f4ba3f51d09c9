import type { Page } from 'playwright-core';

/**
 * Layout checks measured in the browser on what the reader sees: elements that reach outside the
 * viewport, and text cut off by its box. Each returns a description of every offender (empty when
 * all is well), so a failing test says what went wrong where.
 */
export async function outsideViewport(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const bad: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5) {
        const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
        bad.push(
          `${name} "${(el.textContent ?? '').trim().slice(0, 40)}": ${r.left.toFixed(0)}..${r.right.toFixed(0)} px`,
        );
      }
    }
    return bad;
  }, selector);
}

/** Text in these elements that its box cuts off: wider than the box it sits in and clipped by it. */
export async function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const bad: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.getClientRects().length) continue;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        bad.push(`"${text}": ${el.scrollWidth} px of text in a ${el.clientWidth} px box`);
      // Every line box of the text, on screen.
      for (const rect of el.getClientRects())
        if (rect.left < -0.5 || rect.right > width + 0.5) {
          bad.push(`"${text}": a line at ${rect.left.toFixed(0)}..${rect.right.toFixed(0)} px, off the screen`);
          break;
        }
    }
    return bad;
  }, selector);
}

/** Whether a reader can hit this element: the topmost element at its centre is it or inside it. */
export async function reachable(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit))) bad.push(`"${(el.textContent ?? '').trim()}" is not in reach`);
    }
    return bad;
  }, selector);
}
