import { Parser } from 'htmlparser2';
import { CONTENT_ATTRIBUTE } from '../../model/csp.ts';
import { type Attributes, type Finding, pageFindings } from './safety.ts';

/**
 * The one reading of a built page (htmlparser2's tokenizer, no tree), for every step of the
 * post-build pipeline (src/emit/pipeline.ts) and the built-site checks: where its <head> opens and the inline scripts it ships (the
 * Content-Security-Policy), its og: meta (the social card), where its blocks end and what it marks
 * for the index (the search index), its ids, links and anchors and what the safety rules find in
 * it (the built-site checks). The contents of <pre> and <noscript> are read as elements too:
 * nothing in them escapes the rules.
 */
export interface PageReading {
  /** Just after `<head ...>`: where the policy goes; null when the page has no <head>. */
  headEnd: number | null;
  /** Each inline script the site ships (outside the entry text), exactly as written: what the browser hashes. */
  scripts: string[];
  /** Just after each block element (after a `<br>`'s tag): where the search index needs a space. */
  blockEnds: number[];
  /** What the search index reads: from after `<body ...>`, the element marked `data-pagefind-body`. */
  indexed: { bodyStart: number; start: number; end: number } | null;
  ids: Set<string>;
  /** Ids of the h2 and h3 headings in <main>: the sections a link can name. */
  sectionIds: string[];
  links: { href: string; tag: string }[];
  /** Anchors promised to readers: headings (and aliases) in the entry text, and [data-published-anchor] blocks. */
  publishedAnchors: string[];
  /** `<meta property|name=… content=…>` of the head (the first of each name). */
  meta: Map<string, string>;
  /** A redirect page's refresh `content`. */
  refresh: string | undefined;
  /** The page's Content-Security-Policy <meta>, if it has one, and whether a script comes before it. */
  policy: string | undefined;
  scriptBeforePolicy: boolean;
  /** A diagram left for the browser to render (not in the diagram cache). */
  mermaidFallback: boolean;
  /** What the safety rules found, element by element (checks/dist/safety.ts). */
  findings: Finding[];
}

const BLOCKS = new Set(
  'p li dt dd td th caption figcaption blockquote pre h1 h2 h3 h4 h5 h6 div section aside summary br'.split(' '),
);
interface Open {
  name: string;
  main: boolean;
  head: boolean;
  /** Inside the entry text ([data-published-anchors]). */
  content: boolean;
  diagram: boolean;
  noscript: boolean;
  indexed: boolean;
}

export function readPage(html: string): PageReading {
  const r: PageReading = {
    headEnd: null,
    scripts: [],
    blockEnds: [],
    indexed: null,
    ids: new Set(),
    sectionIds: [],
    links: [],
    publishedAnchors: [],
    meta: new Map(),
    refresh: undefined,
    policy: undefined,
    scriptBeforePolicy: false,
    mermaidFallback: false,
    findings: [],
  };
  const blocksMarked: string[] = [];
  let bodyStart = -1;
  let indexStart = -1;
  let script: string | null = null;
  const root: Open = {
    name: '',
    main: false,
    head: false,
    content: false,
    diagram: false,
    noscript: false,
    indexed: false,
  };
  const stack: Open[] = [root];
  const parser = new Parser(
    {
      onopentag(tag, a: Attributes) {
        const up = stack.at(-1)!;
        const name = tag.toLowerCase();
        const classes = (a.class ?? '').split(/\s+/);
        const marked = !r.indexed && indexStart < 0 && bodyStart >= 0 && 'data-pagefind-body' in a;
        const el: Open = {
          name,
          main: up.main || name === 'main',
          head: up.head || name === 'head',
          content: up.content || CONTENT_ATTRIBUTE in a,
          diagram: up.diagram || (name === 'figure' && classes.includes('diagram')),
          noscript: up.noscript || name === 'noscript',
          indexed: marked,
        };
        stack.push(el);
        if (name === 'head' && r.headEnd === null) r.headEnd = parser.endIndex + 1;
        if (name === 'body' && bodyStart < 0) bodyStart = parser.endIndex + 1;
        if (marked) indexStart = parser.startIndex;
        if (a.id !== undefined) r.ids.add(a.id);
        if (name === 'a' && a.name !== undefined) r.ids.add(a.name);
        const href = a.href ?? a.src ?? a['xlink:href'];
        if (href !== undefined) r.links.push({ href, tag });
        const heading = /^h[234]$/.test(name) && a.id !== undefined;
        if (up.content && (heading || 'data-anchor-alias' in a)) r.publishedAnchors.push(a.id ?? '');
        if ('data-published-anchor' in a) blocksMarked.push(a.id ?? '');
        if (up.main && (name === 'h2' || name === 'h3') && a.id !== undefined) r.sectionIds.push(a.id);
        if (name === 'pre' && classes.includes('mermaid-fallback')) r.mermaidFallback = true;
        const equiv = a['http-equiv']?.toLowerCase();
        if (name === 'meta' && equiv === 'refresh') r.refresh ??= a.content;
        if (name === 'meta' && equiv === 'content-security-policy') r.policy ??= a.content ?? '';
        if (name === 'meta' && el.head && a.content !== undefined) {
          const key = a.property ?? a.name ?? '';
          if (!r.meta.has(key)) r.meta.set(key, a.content);
        }
        if (name === 'script' && el.head && r.policy === undefined) r.scriptBeforePolicy = true;
        if (name === 'script' && !('src' in a) && !el.content) script = '';
        r.findings.push(...pageFindings(name, tag, a, up.content, el.diagram));
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag(_tag, implied) {
        const el = stack.pop()!;
        if (el.name === 'script' && script !== null) {
          r.scripts.push(script);
          script = null;
        }
        if (el.indexed) {
          r.indexed = { bodyStart, start: indexStart, end: parser.endIndex + 1 };
        }
        // Closed by the tag being read (`<p>a<div>`, `<p>a</div>`): the element ends where that tag starts.
        if (!el.noscript && BLOCKS.has(el.name))
          r.blockEnds.push(implied && el.name !== 'br' ? parser.startIndex : parser.endIndex + 1);
      },
    },
    { lowerCaseTags: false },
  );
  parser.end(html);
  r.publishedAnchors.push(...blocksMarked);
  return r;
}
