import { type KitItem, kitItems, kitsByChallenge } from './review-kit.ts';
import { siteData } from './site-data.ts';

/* The review kit's items for the site, computed once per build and shared by /review/ and /review/<challenge>/. */
let cached: Promise<KitItem[]> | undefined;
export const siteKitItems = () =>
  (cached ??= (async () => {
    const site = await siteData();
    const sources = [...site.sources.values()].map((s) => ({
      id: s.id,
      title: s.data.title,
      organisation: s.data.organisation?.id,
      year: s.data.year,
      role: s.data.role,
    }));
    return kitItems(site.graph, site.facts, sources);
  })());

/* The pre-rendered kit of each challenge (/review/<challenge>/), from an index built once. */
let byChallenge: Promise<Map<string, KitItem[]>> | undefined;
export async function siteKitFor(challenge: string): Promise<KitItem[]> {
  byChallenge ??= siteKitItems().then(kitsByChallenge);
  return (await byChallenge).get(challenge) ?? [];
}
