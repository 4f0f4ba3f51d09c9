import { kitMarkdown } from '../model/kit-markdown.ts';
import { buildKit, type Kit, type KitItem, type KitLabels, type Selection } from '../model/kit-view.ts';
import { renderKit } from './kit-render.ts';

/*
 * The review kit in the browser. On /review/, the checked challenges and stages live in the URL
 * (?challenge=drift&stage=data), so a kit can be shared; the kit is built from the kit items
 * (/review/kit-items.json, fetched once per page) by the same code as the pre-rendered kits
 * (src/model/kit-view.ts), which name their choice for the copy. On every kit page, "Copy as
 * Markdown" copies the kit with links on the site's published address (data-root, from the
 * build's SITE_URL), titled with the design doc's name when one is given.
 */
interface KitData {
  items: KitItem[];
  labels: KitLabels;
}
const selectionOf = (params: URLSearchParams): Selection => ({
  challenges: params.getAll('challenge'),
  stages: params.getAll('stage'),
});

function startPicker(form: HTMLFormElement, data: KitData, show: (kit: Kit, path: string) => void): void {
  const live = document.querySelector<HTMLElement>('[data-kit-live]');
  if (!live) return;
  const apply = (params: URLSearchParams) => {
    const sel = selectionOf(params);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'challenge' ? sel.challenges : sel.stages).includes(box.value);
    }
    const kit = buildKit(data.items, sel, data.labels);
    renderKit(live, kit, live.dataset.base ?? '/');
    show(kit, `/review/${params.toString() ? `?${params}` : ''}`);
  };
  const update = () => {
    const params = new URLSearchParams();
    for (const box of form.querySelectorAll<HTMLInputElement>('input:checked')) params.append(box.name, box.value);
    history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}`);
    apply(params);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  apply(new URLSearchParams(location.search));
}

export async function startReviewKit(): Promise<void> {
  document.documentElement.classList.add('kit-ready');
  const box = document.querySelector<HTMLElement>('[data-kit-copy-box]');
  if (!box) return;
  const button = box.querySelector<HTMLButtonElement>('[data-kit-copy]')!;
  const status = box.querySelector<HTMLElement>('[data-kit-status]')!;
  const name = box.querySelector<HTMLInputElement>('[data-kit-name]')!;
  // Nothing to copy until the items are here: the button waits for them.
  button.disabled = true;
  let current: { kit: Kit; path: string } | undefined;
  const show = (kit: Kit, path: string) => {
    current = { kit, path };
    // An empty kit has nothing to paste: the page says what to pick instead.
    button.disabled = kit.groups.length === 0;
    status.textContent = '';
  };
  button.addEventListener('click', () => {
    if (!current) return;
    const markdown = kitMarkdown(current.kit, { root: box.dataset.root!, kitPath: current.path, name: name.value });
    navigator.clipboard?.writeText(markdown).then(
      () => (status.textContent = 'Copied the kit as Markdown'),
      () => (status.textContent = 'Copy failed: select the lists instead'),
    );
  });
  const response = await fetch(box.dataset.itemsUrl!).catch(() => undefined);
  if (!response?.ok) {
    status.textContent = 'The kit items could not be loaded: select the lists instead';
    return;
  }
  const data = (await response.json()) as KitData;
  const form = document.querySelector<HTMLFormElement>('[data-kit-form]');
  if (form) startPicker(form, data, show);
  else if (box.dataset.kitSelection) {
    const selection = JSON.parse(box.dataset.kitSelection) as Selection;
    show(buildKit(data.items, selection, data.labels), box.dataset.kitPath ?? '/review/');
  }
}
