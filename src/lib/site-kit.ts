import { analyzeBody, noFacts } from './content/body.ts';
import { renderedBody } from './content/rendered-body.ts';
import { kitItems, type KitItem } from './review-kit.ts';
import { siteData } from './site-data.ts';

/* The review kit's items for the site, computed once per build and shared by /review/ and /review/<challenge>/. */
let cached: Promise<KitItem[]> | undefined;
export const siteKitItems = () => (cached ??= (async () => {
  const site = await siteData();
  // Review questions are read from the frameworks' full text; every other entry only lends the
  // anchors of its sections, which the loader recorded while rendering it (no second parse).
  const facts = new Map([...site.entries].map(([key, e]) => [key,
    e.collection === 'frameworks' ? analyzeBody(e.body ?? '') : { ...noFacts(), headings: renderedBody(e).sections }]));
  const sources = [...site.sources.values()].map((s) => ({ id: s.id, title: s.data.title, organisation: s.data.organisation?.id, year: s.data.year, role: s.data.role }));
  return kitItems(site.graph, facts, sources);
})());
