import type { Heading, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { stringify } from 'yaml';
import { toGfm } from '../ingest/markdown-twin.ts';
import { type FootnoteSource, sourceFootnotes } from './source-footnotes.ts';

/*
 * The knowledge base as text for programs and language models, at the string layer (the endpoints
 * in src/pages/ hand in what the model holds): `/llms.txt` per the llms.txt convention
 * (https://llmstxt.org: an H1, a block-quote summary, sections of links with one-line notes),
 * each entry's Markdown twin, and `/llms-full.txt`, every entry in one file. Every piece of text
 * goes through the Markdown serialiser, so a title holding `*` or `]` stays text.
 */
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const heading = (depth: 1 | 2, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

interface LlmsLink {
  title: string;
  url: string;
  note: string;
}
interface LlmsIndex {
  title: string;
  summary: string;
  /** Paragraphs after the summary: how the site's data is laid out. */
  details: string[];
  sections: { heading: string; links: LlmsLink[] }[];
}

export function llmsTxt({ title, summary, details, sections }: LlmsIndex): string {
  const item = (l: LlmsLink): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [
      paragraph({ type: 'link', url: l.url, children: [text(oneLine(l.title))] }, text(`: ${oneLine(l.note)}`)),
    ],
  });
  return toGfm({
    type: 'root',
    children: [
      heading(1, title),
      { type: 'blockquote', children: [paragraph(text(oneLine(summary)))] },
      ...details.map((d) => paragraph(text(oneLine(d)))),
      ...sections.flatMap((s): RootContent[] => [
        heading(2, s.heading),
        { type: 'list', ordered: false, spread: false, children: s.links.map(item) },
      ]),
    ],
  });
}

export interface EntryText {
  title: string;
  summary: string;
  /** What the page says before the text (the guidance marker of an unattributed collection), as Markdown. */
  preface: string;
  /** The body as Markdown (src/ingest/markdown-twin.ts). */
  body: string;
  sources: FootnoteSource[];
}

/** An entry as one Markdown document: the title, the summary, the text, its sources as footnotes. */
const entryBody = (e: EntryText, lead: RootContent[]) =>
  [
    toGfm({ type: 'root', children: [heading(1, e.title), ...lead, paragraph(text(oneLine(e.summary)))] }),
    e.preface,
    e.body,
    sourceFootnotes(e.sources),
  ]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n\n');

/** The Markdown twin of an entry page: a YAML header (its frontmatter and where it lives), then the entry. */
export function entryMarkdown(e: EntryText, header: Record<string, unknown>): string {
  return `---\n${stringify(header, { lineWidth: 0 })}---\n\n${entryBody(e, [])}\n`;
}

/** Where an entry lives, under its title in llms-full.txt: "Practice · <its page> · last updated 5 May 2024". */
interface EntryMeta {
  kind: string;
  url: string;
  updated: string;
}

/** Every entry in one file, each under its own H1 with its kind, address and date on the line below. */
export function llmsFull(site: { title: string; summary: string }, entries: (EntryText & { meta: EntryMeta })[]) {
  const head = toGfm({
    type: 'root',
    children: [heading(1, site.title), { type: 'blockquote', children: [paragraph(text(oneLine(site.summary)))] }],
  });
  const parts = entries.map(({ meta, ...e }) =>
    entryBody(e, [
      paragraph(
        text(`${meta.kind} · `),
        { type: 'link', url: meta.url, children: [text(meta.url)] },
        text(` · last updated ${meta.updated}`),
      ),
    ]),
  );
  return `${[head.trim(), ...parts].join('\n\n---\n\n')}\n`;
}
