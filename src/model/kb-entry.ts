import { render } from 'astro:content';
import { MARKDOWN_TWIN } from '../ingest/plugins/remark-markdown-twin.ts';
import { COLLECTION_LABELS, REGISTRY } from '../schemas/registry.ts';
import { ageNote, staleYears } from './freshness.ts';
import { dayOf } from './git-dates.ts';
import { plain } from './kb-json.ts';
import { type EntryText, entryMarkdown } from './kb-text.ts';
import { type Source, siteData } from './site-data.ts';
import { absoluteUrl } from './urls.ts';

/*
 * One entry as text: its Markdown twin (`/<collection>/<id>.md`) and the part of llms-full.txt it
 * fills, both from the Markdown its body was rendered to (remark-markdown-twin.ts) and the site's
 * model (site-data.ts). The site-wide endpoints are kb-site.ts.
 */
type Site = Awaited<ReturnType<typeof siteData>>;

/** What an unattributed collection's page says before its text (src/pages/[collection]/[id].astro shows it too). */
export const unattributedNote = (one: string) =>
  `This ${one.toLowerCase()} is the guide’s own advice, not a finding of one case study. Each step links to the ` +
  'entries that carry it, and those cite their sources.';

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

/** An entry as the text endpoints give it: its Markdown body, preface and resolved sources. */
export async function entryText(site: Site, key: string): Promise<EntryText> {
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
    url: absoluteUrl(site)(`/${key}/`),
    updated: updated ? `${updated.bound ? 'on or before ' : ''}${dayOf(updated.date)}` : 'unknown',
    ...frontmatter,
  };
  return entryMarkdown(await entryText(data, key), header);
}
