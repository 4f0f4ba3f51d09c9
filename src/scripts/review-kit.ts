import { kitMarkdown } from '../model/kit-markdown.ts';
import { buildKit, type Kit, type KitItem, type KitLabels, type Selection } from '../model/kit-view.ts';
import { renderKit } from './kit-render.ts';

/*
 * The review kit in the browser. On /review/, the checked challenges and stages live in the URL
 * (?challenge=drift&stage=data), so a kit can be shared; the kit is built from the items the page
 * carries, by the same code as the pre-rendered kits (src/model/kit-view.ts). On every kit page,
 * "Copy as Markdown" copies the kit with links on the site's published address (data-root, from
 * the build's SITE_URL), titled with the design doc's name when one is given.
 */
const selectionOf = (params: URLSearchParams): Selection => ({
  challenges: params.getAll('challenge'),
  stages: params.getAll('stage'),
});

function startPicker(form: HTMLFormElement, show: (kit: Kit, path: string) => void): void {
  const live = document.querySelector<HTMLElement>('[data-kit-live]');
  if (!live) return;
  const { items, labels } = JSON.parse(live.dataset.items ?? '{}') as { items: KitItem[]; labels: KitLabels };
  const apply = (params: URLSearchParams) => {
    const sel = selectionOf(params);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'challenge' ? sel.challenges : sel.stages).includes(box.value);
    }
    const kit = buildKit(items, sel, labels);
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

export function startReviewKit(): void {
  document.documentElement.classList.add('kit-ready');
  const box = document.querySelector<HTMLElement>('[data-kit-copy-box]');
  if (!box) return;
  const button = box.querySelector<HTMLButtonElement>('[data-kit-copy]')!;
  const status = box.querySelector<HTMLElement>('[data-kit-status]')!;
  const name = box.querySelector<HTMLInputElement>('[data-kit-name]')!;
  let current: { kit: Kit; path: string } = {
    kit: JSON.parse(box.dataset.kit ?? '{"picked":[],"groups":[]}') as Kit,
    path: box.dataset.kitPath ?? '/review/',
  };
  const show = (kit: Kit, path: string) => {
    current = { kit, path };
    // An empty kit has nothing to paste: the page says what to pick instead.
    button.disabled = kit.groups.length === 0;
    status.textContent = '';
  };
  show(current.kit, current.path);
  const form = document.querySelector<HTMLFormElement>('[data-kit-form]');
  if (form) startPicker(form, show);
  button.addEventListener('click', () => {
    const markdown = kitMarkdown(current.kit, { root: box.dataset.root!, kitPath: current.path, name: name.value });
    navigator.clipboard?.writeText(markdown).then(
      () => (status.textContent = 'Copied the kit as Markdown'),
      () => (status.textContent = 'Copy failed: select the lists instead'),
    );
  });
}
