import type { CheckContext } from '../../checks/content/context.ts';
import { COLLECTION_LABELS } from '../../schemas/registry.ts';
import type { CardText } from './card.ts';
import { kindOf, reviewKitPage, SITE_NAME, sourceSummary, tagPage } from './meta.ts';

/** The cards of the entry, source, tag and review-kit pages, as those pages will describe themselves. */
export function expectedCards({ content, graph }: CheckContext): CardText[] {
  const card = (title: string, kind: string, summary: string) => ({ title, kind, summary, siteName: SITE_NAME });
  const named = (kind: string, page: { title: string; description: string }) =>
    card(page.title, kind, page.description);
  return [
    ...content.entries.map((e) => card(e.data.title, COLLECTION_LABELS[e.collection].one, e.data.summary)),
    ...content.sources.map((s) =>
      card(s.data.title, COLLECTION_LABELS.sources.one, sourceSummary(s.data, graph.citing.get(s.id)?.length ?? 0)),
    ),
    ...content.tags.map((t) => named(kindOf('tags'), tagPage(t.data.label, t.data.description))),
    ...content.entries
      .filter((e) => e.collection === 'challenges')
      .map((e) => named(kindOf('review'), reviewKitPage(e.data.title))),
  ];
}

/*
 * The forecast reaches the social-cards integration through globalThis: `npm run build` sets it in
 * its own module instance (scripts/build.ts), the integration reads it in the one Astro loaded.
 */
const KEY = Symbol.for('kb.card-forecast');
const slot = globalThis as unknown as Record<symbol, Promise<CardText[]> | undefined>;

/**
 * Announces, ahead of the build, the cards most pages will ask for (`npm run build` does it once
 * the checks have passed): the card thread draws them while Astro renders the entries, and the
 * pages then find them in the cache. A card is cached under the hash of its text, so a forecast
 * that turns out wrong costs only its drawing: the page's own card is drawn when it renders.
 */
export function forecastCards(cards: Promise<CardText[]>): void {
  slot[KEY] = cards;
}
export const cardForecast = (): Promise<CardText[]> | undefined => slot[KEY];
