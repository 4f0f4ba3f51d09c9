import type { CheckContext } from '../../checks/content/context.ts';
import { COLLECTION_LABELS } from '../../schemas/registry.ts';
import { type CardText, cachedCard } from './card.ts';
import { SITE_NAME, sourceSummary } from './meta.ts';

/** The cards of the entry and source pages, as those pages will describe themselves. */
export function expectedCards({ content, graph }: CheckContext): CardText[] {
  const card = (title: string, kind: string, summary: string) => ({ title, kind, summary, siteName: SITE_NAME });
  return [
    ...content.entries.map((e) => card(e.data.title, COLLECTION_LABELS[e.collection].one, e.data.summary)),
    ...content.sources.map((s) =>
      card(s.data.title, COLLECTION_LABELS.sources.one, sourceSummary(s.data, graph.citing.get(s.id)?.length ?? 0)),
    ),
  ];
}

/**
 * Draws into the card cache, ahead of the build, the cards the entry and source pages will ask
 * for: `npm run build` does it in the checks' thread once they have passed, while the other core
 * renders the entries. A card is cached under the hash of its text, so a prediction that turns out
 * wrong costs only its drawing: the build then draws the card the page really describes.
 */
export async function predrawCards(context: CheckContext, cacheDir: string): Promise<number> {
  let drawn = 0;
  for (const text of expectedCards(context)) if ((await cachedCard(text, cacheDir)).drawn) drawn++;
  return drawn;
}
