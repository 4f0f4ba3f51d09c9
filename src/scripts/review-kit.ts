/*
 * The review kit in the browser. On /review/, the checked challenges and stages live in the URL
 * (?challenge=drift&stage=data), so a kit can be shared; the items that match are shown, by the
 * same rule as `matches` in src/model/review-kit.ts. On every kit page, "Copy as Markdown" copies
 * the visible checklist with absolute links, ready for a design doc.
 */
type Selection = { challenges: string[]; stages: string[] };
const words = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);

function matches(el: HTMLElement, sel: Selection): boolean {
  if (!sel.challenges.length && !sel.stages.length) return false;
  const hit = (mine: string[], chosen: string[]) => !chosen.length || mine.some((x) => chosen.includes(x));
  return hit(words(el.dataset.challenges), sel.challenges) && hit(words(el.dataset.stages), sel.stages);
}

function apply(form: HTMLFormElement, sel: Selection): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (box.name === 'challenge' ? sel.challenges : sel.stages).includes(box.value);
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-kit-section]')) {
    const items = [...section.querySelectorAll<HTMLElement>('[data-kit-item]')];
    let shown = 0;
    for (const li of items) {
      li.hidden = !matches(li, sel);
      if (!li.hidden) shown++;
    }
    section.hidden = shown === 0;
    const count = section.querySelector('[data-kit-count]');
    if (count) count.textContent = `(${shown})`;
  }
  const empty = document.querySelector<HTMLElement>('[data-kit-empty]');
  if (empty) empty.hidden = document.querySelector('[data-kit-section]:not([hidden])') !== null;
}

function selectionOf(params: URLSearchParams): Selection {
  return { challenges: params.getAll('challenge'), stages: params.getAll('stage') };
}

export function kitMarkdown(): string {
  const title = document.querySelector('h1')?.textContent?.trim() ?? 'Review kit';
  const picked = [...document.querySelectorAll<HTMLInputElement>('[data-kit-form] input:checked')].map(
    (b) => b.dataset.label ?? b.value,
  );
  const lines = [`# ${title}${picked.length ? `: ${picked.join(', ')}` : ''}`, '', `Kit: <${location.href}>`];
  for (const section of document.querySelectorAll<HTMLElement>('[data-kit-section]:not([hidden])')) {
    const heading = [...(section.querySelector('h2')?.childNodes ?? [])]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    lines.push('', `## ${heading}`, '');
    for (const li of section.querySelectorAll<HTMLElement>('[data-kit-item]:not([hidden])')) {
      const a = li.querySelector('a')!;
      const note = li
        .querySelector('.kit-note')
        ?.textContent?.replace(/^\s*—\s*/, '')
        .trim();
      const label = a.textContent!.trim().replace(/([[\]])/g, '\\$1');
      lines.push(`- [ ] [${label}](${a.href})${note ? ` — ${note}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function startReviewKit(): void {
  document.documentElement.classList.add('kit-ready');
  const form = document.querySelector<HTMLFormElement>('[data-kit-form]');
  if (form) {
    const update = () => {
      const params = new URLSearchParams();
      for (const box of form.querySelectorAll<HTMLInputElement>('input:checked')) params.append(box.name, box.value);
      history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}`);
      apply(form, selectionOf(params));
    };
    form.addEventListener('change', update);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      update();
    });
    apply(form, selectionOf(new URLSearchParams(location.search)));
  }
  const status = document.querySelector<HTMLElement>('[data-kit-status]');
  document.querySelector('[data-kit-copy]')?.addEventListener('click', () => {
    const say = (msg: string) => {
      if (status) status.textContent = msg;
    };
    navigator.clipboard?.writeText(kitMarkdown()).then(
      () => say('Copied the kit as Markdown'),
      () => say('Copy failed: select the lists instead'),
    );
  });
}
