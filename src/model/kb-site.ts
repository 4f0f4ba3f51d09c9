import { COLLECTION_LABELS, ENTRY_COLLECTIONS, REGISTRY } from '../schemas/registry.ts';
import { describeDate } from './git-dates.ts';
import { entryText } from './kb-entry.ts';
import { atomFeed } from './kb-feed.ts';
import { type KbJson, kbJson } from './kb-json.ts';
import { llmsFull, llmsTxt } from './kb-text.ts';
import { siteData } from './site-data.ts';
import { SITE_NAME } from './social-meta.ts';
import { absoluteUrl } from './urls.ts';

/*
 * The knowledge base as data, from the site's one model (site-data.ts): what the site-wide endpoints
 * in src/pages/ return (llms.txt, llms-full.txt, kb.json, the Atom feed); one entry's text is
 * kb-entry.ts. `site` is Astro's configured site URL (SITE_URL); every address written is absolute,
 * base path included.
 */

const SUMMARY =
  'Lessons from production machine-learning systems, restated in our own words from public case studies: ' +
  'practices, challenges, techniques, companies and frameworks, each citing its sources.';
const LICENCE = 'Text CC BY 4.0; code MIT';

export async function llmsIndex(site: URL | undefined): Promise<string> {
  const data = await siteData();
  const abs = absoluteUrl(site);
  return llmsTxt({
    title: SITE_NAME,
    summary: SUMMARY,
    details: [
      'Every entry page has a Markdown twin at the same address with .md in place of the final slash, listed ' +
        'below; the whole knowledge base is also one Markdown file, one JSON document and an Atom feed (Data).',
    ],
    sections: [
      ...ENTRY_COLLECTIONS.map((c) => ({
        heading: REGISTRY[c].label.many,
        links: data.list(c).map((e) => ({ title: e.title, url: abs(`/${c}/${e.id}.md`), note: e.summary })),
      })),
      {
        heading: 'Data',
        links: [
          { title: 'llms-full.txt', url: abs('/llms-full.txt'), note: 'every entry as Markdown, sources resolved' },
          { title: 'kb.json', url: abs('/kb.json'), note: 'entries, references, backlinks, sources and tags' },
          { title: 'Atom feed', url: abs('/feed.xml'), note: 'new and changed entries, from their git history' },
        ],
      },
      {
        heading: 'Optional',
        links: [
          { title: 'Sources', url: abs('/sources/'), note: 'the case studies and references the entries cite' },
          { title: 'Guide outline', url: abs('/guide/'), note: 'the structure of the guide the entries come from' },
        ],
      },
    ],
  });
}

export async function llmsFullText(site: URL | undefined): Promise<string> {
  const data = await siteData();
  const abs = absoluteUrl(site);
  const keys = ENTRY_COLLECTIONS.flatMap((c) => data.list(c).map((e) => `${c}/${e.id}`));
  const entries = await Promise.all(
    keys.map(async (key) => {
      const label = COLLECTION_LABELS[data.entries.get(key)!.collection].one;
      const when = describeDate(data.freshness.get(key)?.updated);
      return { ...(await entryText(data, key)), meta: { kind: label, url: abs(`/${key}/`), updated: when } };
    }),
  );
  return llmsFull({ title: SITE_NAME, summary: SUMMARY }, entries);
}

export async function kbData(site: URL | undefined): Promise<KbJson> {
  const data = await siteData();
  return kbJson({
    title: SITE_NAME,
    abs: absoluteUrl(site),
    graph: data.graph,
    entries: ENTRY_COLLECTIONS.flatMap((c) => data.list(c).map((e) => data.entries.get(`${c}/${e.id}`)!)),
    sources: [...data.sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    tags: data.tags,
    freshness: data.freshness,
  });
}

export async function feedXml(site: URL | undefined): Promise<string> {
  const data = await siteData();
  const abs = absoluteUrl(site);
  const entries = [...data.graph.entries.entries()].map(([key, e]) => ({
    title: e.title,
    summary: e.summary,
    url: abs(`/${key}/`),
    kind: COLLECTION_LABELS[e.collection].one,
    updated: data.freshness.get(key)?.updated,
    created: data.freshness.get(key)?.created,
  }));
  const meta = { title: SITE_NAME, summary: SUMMARY, licence: LICENCE };
  return atomFeed({ ...meta, siteUrl: abs('/'), feedUrl: abs('/feed.xml') }, entries);
}
