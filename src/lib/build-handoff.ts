import type { CardText } from './social/card.ts';

/*
 * What `npm run build` (scripts/build.ts) hands to the Astro build it runs in the same process:
 * the gate the content loader waits at, and the forecast of the social cards. They live on
 * globalThis because Astro loads the content config and the integrations through Vite, as module
 * instances of their own. A plain `astro build` (tests, the benchmark) sets neither: its loader
 * does not wait and its cards are drawn as the pages render.
 */
const GATE = Symbol.for('kb.content-gate');
const FORECAST = Symbol.for('kb.card-forecast');
const slot = globalThis as unknown as {
  [GATE]?: Promise<boolean>;
  [FORECAST]?: Promise<CardText[]>;
};

/** Makes the loaders wait for `checked`, which resolves to whether the content passed its checks. */
export function setContentGate(checked: Promise<boolean>): void {
  slot[GATE] = checked;
}

/**
 * Waits for the checks, if a build runs them; throws when they failed (they have printed why).
 * Astro's loader must not render an entry before the checks have passed and the diagrams it shows
 * are rendered (lib/content/rendered-mdx-loader.ts).
 */
export async function passContentGate(): Promise<void> {
  const gate = slot[GATE];
  if (gate && !(await gate)) throw new Error('the content checks failed: fix the problems listed above');
}

/**
 * Announces, ahead of the build, the cards most pages will ask for (lib/social/meta.ts,
 * expectedCards): the card thread draws them while Astro renders the entries, and the pages then
 * find them in the cache. A card is cached under the hash of its text, so a forecast that turns out
 * wrong costs only its drawing: the page's own card is drawn when it renders.
 */
export function forecastCards(cards: Promise<CardText[]>): void {
  slot[FORECAST] = cards;
}
export const cardForecast = (): Promise<CardText[]> | undefined => slot[FORECAST];
