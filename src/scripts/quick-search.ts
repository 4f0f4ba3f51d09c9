import { markWords } from '../model/search/highlight.ts';
import { PAGEFIND_OPTIONS } from '../model/search/options.ts';
import { shown } from '../model/search/results.ts';
import { loadPage, type PagefindData, runSearch } from '../model/search/run.ts';
import { type BrowserPagefind, el, loadPagefind, marked } from './dom.ts';

/**
 * The header's quick search, an ARIA combobox: the first results appear under the box as the reader
 * types, each with its type. ↑ ↓ move through them, Enter opens the one chosen (or, with none
 * chosen, the full search page with the query, which is the form's own submit), Esc closes the list
 * and a second Esc leaves the box. The results holding every word come first and are the count, as on
 * the search page (results.ts).
 * This module loads when the box is first focused; Pagefind loads at the first keystroke.
 * Bundled on its own by src/emit/quick-search.ts, so that pages carry no script file.
 */
const SHOWN = 6;

export function start(box: HTMLFormElement) {
  document.head.append(el('link', { rel: 'stylesheet', href: new URL('quick-search.css', import.meta.url).href }));
  const input = box.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const list = box.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const live = box.querySelector<HTMLElement>('[data-quick-status]')!;
  let pagefind: Promise<BrowserPagefind> | undefined;
  let options: HTMLLIElement[] = [];
  let active = -1;
  let run = 0;

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const close = () => {
    setActive(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const open = (href: string) => {
    location.href = href;
  };

  const render = (q: string, data: PagefindData[], total: number, partial: number, terms: string[]) => {
    const all = new URL(box.action);
    all.searchParams.set('q', q);
    options = data.map((d, i) =>
      option(`quick-option-${i}`, d.url, [
        el('span', { className: 'quick-title' }, marked(markWords(d.meta.title ?? d.url, terms))),
        ' ',
        el('span', { className: 'type-badge' }, [d.meta.type ?? '']),
      ]),
    );
    options.push(
      option('quick-option-all', all.href, [
        total
          ? `All ${total} results for “${q}”`
          : partial
            ? `No page holds every word of “${q}”: ${partial} partial matches`
            : `No result for “${q}”: open the search page`,
      ]),
    );
    list.replaceChildren(...options);
    active = -1;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    live.textContent = `${total} result${total === 1 ? '' : 's'}`;
  };

  const update = async () => {
    const q = input.value.trim();
    const current = ++run;
    if (q.length < 2) {
      close();
      return;
    }
    pagefind ??= loadPagefind(box.dataset.bundle!, box.dataset.base!, PAGEFIND_OPTIONS);
    const outcome = await runSearch(await pagefind, q);
    if (!outcome || current !== run) return;
    const view = shown(outcome, {}, {});
    const data = await loadPage(q, [...view.strict, ...view.partial], 0, SHOWN);
    if (current === run) render(q, data, view.strict.length, view.partial.length, outcome.terms);
  };
  input.addEventListener('input', () => void update());
  // Keys typed while this module was loading have already changed the box.
  if (input.value.trim().length > 1) void update();
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // Positions -1 (the box itself) to n-1, wrapping around.
      const n = options.length + 1;
      setActive(((((active + 1 + step) % n) + n) % n) - 1);
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      e.preventDefault();
      open(options[active]!.dataset.href!);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    } else if (e.key === 'Escape') {
      // A second Esc leaves the box: on a phone the focused box covers the header row.
      input.blur();
    }
  });
  // A click on an option must not blur the box first (which would close the list).
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const chosen = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
    if (chosen) open(chosen.dataset.href!);
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (options.length && input.value.trim().length > 1) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
}

function option(id: string, href: string, children: (Node | string)[]): HTMLLIElement {
  const li = el('li', { id }, children);
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.href = href;
  return li;
}
