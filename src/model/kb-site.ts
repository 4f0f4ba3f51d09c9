import { render } from 'astro:content';
import { MARKDOWN_TWIN } from '../ingest/plugins/remark-markdown-twin.ts';
import { COLLECTION_LABELS, ENTRY_COLLECTIONS, REGISTRY } from '../schemas/registry.ts';
import { ageNote, staleYears } from './freshness.ts';
import { dayOf, describeDate } from './git-dates.ts';
import { atomFeed } from './kb-feed.ts';
import { type KbJson, kbJson, plain } from './kb-json.ts';
import { type EntryText, entryMarkdown, llmsFull, llmsTxt } from './kb-text.ts';
import { type Source, siteData } from './site-data.ts';
import { SITE_NAME } from './social-meta.ts';
import { url } from './urls.ts';

/*
 * The knowledge base as data, from the site's one model (site-data.ts) and the Markdown each body
 * was rendered to (remark-markdown-twin.ts): what the endpoints in src/pages/ return. `site` is
 * Astro's configured site URL (SITE_URL); every address written is absolute, base path included.
 */
type Site = Awaited<ReturnType<typeof siteData>>;

const SUMMARY =
  'Lessons from production machine-learning systems, restated in our own words from public case studies: ' +
  'practices, challenges, techniques, companies and frameworks, each citing its sources.';
const LICENCE = 'Text CC BY 4.0; code MIT';

/** What an unattributed collection's page says before its text (src/pages/[collection]/[id].astro shows it too). */
export const unattributedNote = (one: string) =>
  `This ${one.toLowerCase()} is the guide’s own advice, not a finding of one case study. Each step links to the ` +
  'entries that carry it, and those cite their sources.';

const absolute = (site: URL | undefined) => (path: string) => new URL(url(path), site).href;

/** One cited source as a footnote: its notes are the ones the page's Sources list gives. */
function footnote(source: Source, age: string | null) {
  const { data } = source;
  const notes = [
    ...(age ? [`Case study ${age}`] : []),
    ...(data.url ? [] : ['No confirmed address']),
    ...(data.confidence === 'high' ? [] : [`Confidence ${data.confidence}`]),
    ...(data.checked ? [] : ['Not checked: no copy of it could be read']),
  ];
  return { id: source.id, title: data.title, url: data.url ?? null, year: data.year, publisher: data.publisher, notes };
}

async function entryText(site: Site, key: string): Promise<EntryText> {
  const entry = site.entries.get(key)!;
  const node = site.graph.entries.get(key)!;
  const { remarkPluginFrontmatter } = await render(entry);
  const updated = site.freshness.get(key)?.updated;
  const years = staleYears();
  const cited = node.citations.flatMap((id) => site.sources.get(id) ?? []);
  const attributed = REGISTRY[entry.collection].attributed;
  return {
    title: node.title,
    summary: node.summary,
    preface: attributed
      ? ''
      : `> **Unattributed guidance:** ${unattributedNote(COLLECTION_LABELS[entry.collection].one)}`,
    body: String(remarkPluginFrontmatter[MARKDOWN_TWIN] ?? ''),
    sources: cited.map((s) => footnote(s, ageNote(s.data, updated, years))),
  };
}

/** The Markdown twin of the entry page `key` (`/<collection>/<id>.md`). */
export async function entryTwin(key: string, site: URL | undefined): Promise<string> {
  const data = await siteData();
  const entry = data.entries.get(key)!;
  const updated = data.freshness.get(key)?.updated;
  const { title: _, summary: __, ...frontmatter } = plain(entry.data) as Record<string, unknown>;
  const header = {
    title: entry.data.title,
    type: COLLECTION_LABELS[entry.collection].one,
    url: absolute(site)(`/${key}/`),
    updated: updated ? `${updated.bound ? 'on or before ' : ''}${dayOf(updated.date)}` : 'unknown',
    ...frontmatter,
  };
  return entryMarkdown(await entryText(data, key), header);
}

export async function llmsIndex(site: URL | undefined): Promise<string> {
  const data = await siteData();
  const abs = absolute(site);
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
  const abs = absolute(site);
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
    abs: absolute(site),
    graph: data.graph,
    entries: ENTRY_COLLECTIONS.flatMap((c) => data.list(c).map((e) => data.entries.get(`${c}/${e.id}`)!)),
    sources: [...data.sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    tags: data.tags,
    freshness: data.freshness,
  });
}

export async function feedXml(site: URL | undefined): Promise<string> {
  const data = await siteData();
  const abs = absolute(site);
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
