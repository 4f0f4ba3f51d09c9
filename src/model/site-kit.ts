import { kitSource } from './kit-cases.ts';
import type { Kit, KitItem, KitLabels } from './kit-view.ts';
import { challengeKits, kitItems, kitLabels } from './review-kit.ts';
import { type SiteData, siteData } from './site-data.ts';

/*
 * The review kit's items for the site, computed once per view of the content and shared by /review/ and
 * /review/<challenge>/. Keyed by that view, so `npm run dev` computes them again after an edit.
 */
interface SiteKit {
  items: KitItem[];
  labels: KitLabels;
  kits: Map<string, Kit>;
}
const cache = new WeakMap<SiteData, SiteKit>();

export async function siteKit(): Promise<SiteKit> {
  const site = await siteData();
  let kit = cache.get(site);
  if (!kit) {
    const items = kitItems(site.graph, site.facts, [...site.sources.values()].map(kitSource));
    kit = { items, labels: kitLabels(site.graph), kits: challengeKits(site.graph, items) };
    cache.set(site, kit);
  }
  return kit;
}

/** The pre-rendered kit of one challenge (/review/<challenge>/). */
export async function siteKitFor(challenge: string): Promise<Kit> {
  return (await siteKit()).kits.get(challenge) ?? { picked: [], groups: [] };
}
