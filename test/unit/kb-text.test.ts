import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import type { Link, List, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyzeBody } from '../../src/ingest/body.ts';
import { markdownTwin, toGfm } from '../../src/ingest/markdown-twin.ts';
import { parseMdx } from '../../src/ingest/parse.ts';
import { remarkMdxUnravel } from '../../src/ingest/render/mdx-unravel.ts';
import { atomFeed } from '../../src/model/kb-feed.ts';
import { entryMarkdown, llmsFull, llmsTxt } from '../../src/model/kb-text.ts';
import { type FootnoteSource, footnoteDefinition, sourceFootnotes } from '../../src/model/source-footnotes.ts';
import { CASES } from '../hostile/corpus.ts';

/*
 * The KB as text, at the string layer: an MDX body through the twin's converter, llms.txt, the
 * entry document and the feed, each read back with a parser (remark, yaml, htmlparser2) rather than
 * compared with a copy of the expected output.
 */
const BODY = `---
title: A page
---
import X from './x.mdx';

Intro claim [@beta] and another [@alpha; @beta, unconfirmed].

## Notes

<Guidance>
Check the **newest** slice first.
</Guidance>

## The \`flag\` option \\{#flag #old-flag}

See [cold start](/challenges/cold-start/#detect), [above](#notes) and [a site](https://example.com/a).
`;
const SITE = 'https://kb.example.org/kb/';
/** The tree as @astrojs/mdx hands it to the site's remark plugins (MDX's unravelling, as the loader does it). */
const unravel = (tree: Root): Root => {
  remarkMdxUnravel()(tree);
  return tree;
};
const markdown = unified().use(remarkParse).use(remarkGfm);
const read = (text: string): Root => markdown.parse(text);

describe('the Markdown twin of a body', () => {
  const twin = markdownTwin(parseMdx(BODY).tree, { siteUrl: SITE });
  const tree = read(twin);

  it('keeps every heading with the id its page gives it', () => {
    const headings: string[] = [];
    visit(tree, 'heading', (h) => {
      headings.push(textOf(h));
    });
    const ids = analyzeBody(parseMdx(BODY).tree).headings.map((h) => h.slug);
    expect(headings.map((h) => /\{#([a-z0-9-]+)\}$/.exec(h)?.[1])).toEqual(ids);
    expect(twin).not.toContain('old-flag');
  });

  it('turns citations into footnote references, keeping the unconfirmed flag as words', () => {
    // GFM reads a footnote reference as one only when its definition exists: the twin's page appends them.
    const source = (id: string) => ({ id, title: id, url: null, year: null, publisher: 'P', notes: [] });
    const refs: string[] = [];
    visit(read(`${twin}\n${sourceFootnotes([source('beta'), source('alpha')])}`), 'footnoteReference', (r) => {
      refs.push(r.identifier);
    });
    expect(refs).toEqual(['beta', 'alpha', 'beta']);
    expect(twin).toContain('[^beta] (unconfirmed)');
    expect(twin).not.toContain('[@');
  });

  it('turns <Guidance> into a block quote that says what it is, and drops the import', () => {
    const quote = tree.children.find((n) => n.type === 'blockquote');
    expect(quote && textOf(quote)).toMatch(/^Unattributed guidance:\s*Check the newest slice first\.$/);
    expect(twin).not.toMatch(/<Guidance|import X/);
  });

  it('makes links to the site absolute and leaves the rest alone', () => {
    const urls: string[] = [];
    visit(tree, 'link', (l: Link) => {
      urls.push(l.url);
    });
    expect(urls).toEqual([`${SITE}challenges/cold-start/#detect`, '#notes', 'https://example.com/a']);
  });

  // The page is rendered from the same tree after the twin is written: writing it must change nothing.
  it('leaves the tree it writes the twin from as it was', () => {
    const tree = unravel(parseMdx(BODY).tree);
    const before = structuredClone(tree);
    markdownTwin(tree, { siteUrl: SITE });
    expect(tree).toEqual(before);
  });

  // The hostile corpus's bodies are built into a site: the twin must be written for each, as the page is.
  it.each(CASES.filter((c) => c.build))('writes a twin of the hostile body "$name"', ({ build }) => {
    const { tree, syntaxError } = parseMdx(`---\ntitle: x\n---\n\n${build}\n`);
    if (!syntaxError) expect(markdownTwin(unravel(tree), { siteUrl: SITE })).toEqual(expect.any(String));
  });

  it('resolves the footnotes to titles and addresses, as text even with brackets in a title', () => {
    const notes = sourceFootnotes([
      { id: 'beta', title: 'A [b] title', url: 'https://b.example/x', year: 2009, publisher: 'B', notes: ['Old'] },
      { id: 'alpha', title: 'No address', url: null, year: null, publisher: 'A', notes: [] },
    ]);
    const defs = read(`${twin}\n${notes}`).children.filter((n) => n.type === 'footnoteDefinition');
    expect(defs.map((d) => [d.identifier, textOf(d)])).toEqual([
      ['beta', 'A [b] title (2009). B. Old.'],
      ['alpha', 'No address. A.'],
    ]);
    const links: string[] = [];
    visit(defs[0]!, 'link', (l: Link) => {
      links.push(l.url);
    });
    expect(links).toEqual(['https://b.example/x']);
  });

  // sourceFootnotes() prints each definition once and joins the copies: it must give what printing
  // the whole list at once gives, for every real source, for awkward titles, and for one source
  // cited with different notes (the copies are keyed by all of a definition, not by its id).
  it('prints the footnotes as serialising the whole list at once does', () => {
    const real = readdirSync('content/sources').map((file): FootnoteSource => {
      const { title, url, year, publisher } = parseYaml(readFileSync(`content/sources/${file}`, 'utf8'));
      return { id: file.replace(/\.yaml$/, ''), title, url, year, publisher, notes: [] };
    });
    const x = { id: 'x', title: 'Ends in \\', url: 'https://e.example/a_(b)', year: 2001, publisher: '- P', notes: [] };
    const awkward: FootnoteSource[] = [
      x,
      { ...x, notes: ['Old'] },
      {
        id: 'y',
        title: '# *Not* a [heading]',
        url: 'https://e.example/<y>',
        year: null,
        publisher: '> Q',
        notes: ['1.'],
      },
    ];
    const whole = (list: FootnoteSource[]) => toGfm({ type: 'root', children: list.map(footnoteDefinition) });
    for (const list of [[...awkward, ...real], [...real].reverse(), awkward.slice(1)])
      expect(sourceFootnotes(list)).toBe(whole(list));
  });
});

describe('llms.txt and the entry documents', () => {
  const index = llmsTxt({
    title: 'A KB',
    summary: 'What it is,\nin one line.',
    details: ['How it is laid out.'],
    sections: [
      { heading: 'Practices', links: [{ title: 'Rank *simply* [v2]', url: `${SITE}p/r.md`, note: 'Do\nit.' }] },
    ],
  });

  it('follows the llms.txt convention: H1, block-quote summary, sections of links with notes', () => {
    const [h1, quote, details, h2, list] = read(index).children;
    expect([h1?.type, h1 && 'depth' in h1 && h1.depth, quote?.type, details?.type, h2?.type]).toEqual([
      'heading',
      1,
      'blockquote',
      'paragraph',
      'heading',
    ]);
    expect(quote && textOf(quote)).toBe('What it is, in one line.');
    const item = (list as List).children[0]!;
    const link = (item.children[0] as { children: Link[] }).children[0]!;
    expect([textOf(link), link.url, textOf(item)]).toEqual([
      'Rank *simply* [v2]',
      `${SITE}p/r.md`,
      'Rank *simply* [v2]: Do it.',
    ]);
  });

  it('writes an entry under a YAML header that reads back as given', () => {
    const header = { title: 'T: a "quoted" title', url: `${SITE}p/t/`, tags: ['a', 'b'] };
    const doc = entryMarkdown({ title: 'T', summary: 'S.', preface: '', body: 'Body.', sources: [] }, header);
    const [, yaml, rest] = doc.split(/^---$/m);
    expect(parseYaml(yaml!)).toEqual(header);
    expect(rest!.trim().split('\n\n')).toEqual(['# T', 'S.', 'Body.']);
  });

  it('puts every entry in llms-full.txt under its own H1', () => {
    const meta = { kind: 'Practice', url: `${SITE}p/x/`, updated: 'date unknown' };
    const entry = (title: string) => ({ title, summary: 'S', preface: '', body: '## Part', sources: [], meta });
    const full = llmsFull({ title: 'KB', summary: 'x' }, [entry('One'), entry('Two')]);
    const h1s = read(full).children.filter((n) => n.type === 'heading' && n.depth === 1);
    expect(h1s.map((h) => textOf(h))).toEqual(['KB', 'One', 'Two']);
    const links: string[] = [];
    visit(read(full), 'link', (l: Link) => {
      links.push(l.url);
    });
    expect(links).toEqual([meta.url, meta.url]);
  });
});

describe('the Atom feed', () => {
  const at = (date: string) => ({ date, bound: false });
  const entry = (title: string, updated?: string, created?: string) => ({
    title,
    summary: `About ${title}`,
    url: `${SITE}p/${title.length}/`,
    kind: 'Practice',
    updated: updated ? at(updated) : undefined,
    created: created ? at(created) : undefined,
  });
  const xml = atomFeed({ title: 'KB', summary: 's', siteUrl: SITE, feedUrl: `${SITE}feed.xml`, licence: 'CC BY 4.0' }, [
    entry('Old', '2020-01-01T00:00:00Z', '2019-01-01T00:00:00Z'),
    entry('A <b> & c', '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z'),
    entry('Undated'),
  ]);
  const doc = parseDocument(xml, { xmlMode: true });
  const text = (n: { data?: string; children?: unknown[] }): string =>
    n.data ?? (n.children ?? []).map((c) => text(c as never)).join('');
  const titles = () => {
    const out: string[] = [];
    const walk = (n: { children?: unknown[]; name?: string }) => {
      if (n.name === 'title') out.push(text(n as never));
      for (const c of n.children ?? []) walk(c as never);
    };
    walk(doc as never);
    return out;
  };

  it('lists dated entries newest first, new or updated, leaving out entries without history', () => {
    // The feed's own title, then its entries: HTML-typed titles, escaped so that `<b>` stays text.
    expect(titles()).toEqual(['KB', 'New: A &lt;b&gt; &amp; c', 'Updated: Old']);
    expect(xml.match(/<updated>/g)).toHaveLength(3);
  });

  it('is as new as its newest entry, not as the clock', () => {
    expect(xml).toMatch(/<feed[^>]*>[\s\S]*?<updated>2024-05-01T00:00:00.000Z<\/updated>/);
  });
});
