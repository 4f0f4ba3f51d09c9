import type { Selected } from '../model/search/results.ts';
import type { Counts } from '../model/search/run.ts';
import { FACETS } from '../schemas/vocab.ts';
import { el } from './dom.ts';

/**
 * The filter panes and the chips of the search page. Every value is listed with its count in the
 * current results; the most frequent few show at once and the rest are one "Show all" away, except
 * selected values, which always show. Values with no result are dimmed, not hidden, so the list does
 * not jump. Each selected value is also a removable chip above the results, wherever it came from
 * (a click or the URL).
 */
const SHOWN = 6;
const expanded = new Set<string>();

export function renderFilters(panes: HTMLElement, totals: Counts, counts: Counts, selected: Selected) {
  for (const facet of FACETS) {
    const set = panes.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`)!;
    const legend = set.querySelector('legend')!;
    const n = (v: string) => counts[facet]?.[v] ?? 0;
    const values = Object.keys(totals[facet] ?? {}).sort((a, b) => n(b) - n(a) || a.localeCompare(b));
    const isOn = (v: string) => selected[facet]?.includes(v) ?? false;
    const open = expanded.has(facet) || values.length <= SHOWN + 1;
    const visible = open ? values : values.filter((v, i) => i < SHOWN || isOn(v));
    const items = visible.map((value) => {
      const box = el('input', { type: 'checkbox', name: facet, value, checked: isOn(value) });
      return el('li', {}, [
        el('label', { className: n(value) ? '' : 'empty' }, [
          box,
          ` ${value} `,
          el('span', { className: 'count' }, [`(${n(value)})`]),
        ]),
      ]);
    });
    const children: Node[] = [legend, el('ul', { className: 'facet-values' }, items)];
    if (values.length > SHOWN + 1) {
      const toggle = el('button', { type: 'button', className: 'facet-toggle' }, [
        open ? 'Show fewer' : `Show all ${values.length}`,
      ]);
      toggle.setAttribute('aria-expanded', String(open));
      toggle.dataset.facetToggle = facet;
      children.push(toggle);
    }
    set.replaceChildren(...children);
    // A filter no page carries (the origin, in a knowledge base without team entries) is not shown.
    set.hidden = values.length === 0;
  }
}

/** "Show all" / "Show fewer": returns true when the click was one, so the caller re-renders. */
export function toggleFacet(target: EventTarget | null): boolean {
  const facet = target instanceof HTMLElement ? target.dataset.facetToggle : undefined;
  if (!facet) return false;
  if (expanded.has(facet)) expanded.delete(facet);
  else expanded.add(facet);
  return true;
}

export function renderChips(box: HTMLElement, selected: Selected, labels: Record<string, string>) {
  const chips = Object.entries(selected).flatMap(([facet, values]) =>
    values.map((value) => {
      const chip = el('button', { type: 'button', className: 'chip' }, [
        `${labels[facet] ?? facet}: ${value} `,
        el('span', { className: 'chip-x' }, ['×']),
      ]);
      chip.setAttribute('aria-label', `Remove filter ${labels[facet] ?? facet}: ${value}`);
      Object.assign(chip.dataset, { chipFacet: facet, chipValue: value });
      return el('li', {}, [chip]);
    }),
  );
  if (chips.length > 1) {
    const clear = el('button', { type: 'button', className: 'chip chip-clear' }, ['Clear all filters']);
    clear.dataset.chipClear = '';
    chips.push(el('li', {}, [clear]));
  }
  box.hidden = chips.length === 0;
  box.querySelector('ul')!.replaceChildren(...chips);
}
