import { isRef } from '../schemas/references.ts';
import type { Freshness } from './freshness.ts';
import { type Graph, keyOf } from './graph.ts';

/*
 * The knowledge base as one JSON document (`/kb.json`), from the same graph and collections as the
 * pages: every entry with its frontmatter, summary, URLs, references, backlinks and cited sources;
 * the sources; the tags. `version` changes when a field changes meaning or goes away; new fields may
 * be added without it. References are written `collection/id` (the key that `entries[].key` holds).
 */
const KB_JSON_VERSION = 1;

interface KbLink {
  /** `collection/id` of the entry linked. */
  target: string;
  url: string;
}
interface KbEntry {
  key: string;
  collection: string;
  id: string;
  title: string;
  summary: string;
  /** The page, and its Markdown twin. */
  url: string;
  markdown: string;
  /** Last commit that changed the file (ISO date), or null when unknown; `updatedIsUpperBound` on a shallow clone. */
  updated: string | null;
  updatedIsUpperBound: boolean;
  created: string | null;
  /** The frontmatter as written, references as `collection/id`. */
  frontmatter: Record<string, unknown>;
  /** Frontmatter references (`field` is its name) and links in the body (`field: "body"`), each target once per field. */
  references: (KbLink & { field: string })[];
  /** Entries that reference or link to this one. */
  backlinks: KbLink[];
  /** Ids of the sources cited, in the order the page numbers them. */
  sources: string[];
}
export interface KbJson {
  version: number;
  site: { title: string; url: string };
  entries: KbEntry[];
  /** Each source's fields as written (`url` is its own address, null when none was confirmed) and its page here. */
  sources: (Record<string, unknown> & { id: string; page: string; citedBy: string[] })[];
  tags: { id: string; label: string; description: string; url: string; entries: string[] }[];
}

/** A value of frontmatter with Astro's `{ collection, id }` references written as `collection/id`. */
export const plain = (value: unknown): unknown => {
  if (isRef(value)) return `${value.collection}/${value.id}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
};

interface KbInput {
  title: string;
  /** Absolute URL of a site path (`/practices/x/` → `https://…/practices/x/`), base included. */
  abs: (path: string) => string;
  graph: Graph;
  entries: { collection: string; id: string; data: object }[];
  sources: { id: string; data: object }[];
  tags: Map<string, { label: string; description: string }>;
  freshness: Map<string, Freshness>;
}

export function kbJson({ title, abs, graph, entries, sources, tags, freshness }: KbInput): KbJson {
  const link = (key: string): KbLink => ({ target: key, url: abs(`/${key}/`) });
  const keys = (list: { collection: string; id: string }[] = []) => list.map(keyOf);
  return {
    version: KB_JSON_VERSION,
    site: { title, url: abs('/') },
    entries: entries.map((e) => {
      const key = keyOf(e);
      const node = graph.entries.get(key)!;
      const fresh = freshness.get(key);
      const refs = node.refs.map((r) => ({ field: r.field, key: `${r.collection}/${r.id}` }));
      const body = [...graph.outgoing.get(key)!].map(keyOf).filter((k) => !refs.some((r) => r.key === k));
      return {
        key,
        collection: e.collection,
        id: e.id,
        title: node.title,
        summary: node.summary,
        url: abs(`/${key}/`),
        markdown: abs(`/${key}.md`),
        updated: fresh?.updated?.date ?? null,
        updatedIsUpperBound: fresh?.updated?.bound ?? false,
        created: fresh?.created?.date ?? null,
        frontmatter: plain(e.data) as Record<string, unknown>,
        references: [
          ...refs.filter((r) => graph.entries.has(r.key)).map((r) => ({ field: r.field, ...link(r.key) })),
          ...body.map((k) => ({ field: 'body', ...link(k) })),
        ],
        backlinks: keys(graph.backlinks.get(key)).map(link),
        sources: node.citations.filter((id) => graph.sources.has(id)),
      };
    }),
    sources: sources.map((s) => ({
      ...(plain(s.data) as Record<string, unknown>),
      id: s.id,
      page: abs(`/sources/${s.id}/`),
      citedBy: keys(graph.citing.get(s.id)),
    })),
    tags: [...tags].map(([id, t]) => ({
      id,
      label: t.label,
      description: t.description,
      url: abs(`/tags/${id}/`),
      entries: keys(graph.byTag.get(id)),
    })),
  };
}
