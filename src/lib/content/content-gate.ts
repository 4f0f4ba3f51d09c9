/*
 * `npm run build` checks the content while Astro starts (scripts/build.ts). Astro's loader must
 * not render an entry before the checks have passed and the diagrams it shows are rendered: it
 * waits at this gate. A plain `astro build` (tests, the benchmark) sets no gate and does not wait.
 * The gate lives on globalThis because Astro loads the content config through Vite, as a module
 * instance of its own.
 */
const KEY = Symbol.for('kb.content-gate');
const slot = globalThis as unknown as Record<symbol, Promise<boolean> | undefined>;

/** Makes the loaders wait for `checked`, which resolves to whether the content passed its checks. */
export function setContentGate(checked: Promise<boolean>): void {
  slot[KEY] = checked;
}

/** Waits for the checks, if a build runs them; throws when they failed (they have printed why). */
export async function passContentGate(): Promise<void> {
  const gate = slot[KEY];
  if (gate && !(await gate)) throw new Error('the content checks failed: fix the problems listed above');
}
