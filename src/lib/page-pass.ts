import { Parser } from 'htmlparser2';
import { CONTENT_ATTRIBUTE, scriptHash } from './csp.ts';

/**
 * One streaming pass over a rendered page (htmlparser2's tokenizer, no tree) for everything the
 * build takes from it before it is written: where its <head> opens and the text of each inline
 * script the site ships (every `<script>` without `src` outside the entry text,
 * `[data-published-anchors]`, whose scripts are never allowed), for the page's
 * Content-Security-Policy (src/integrations/csp.ts); and where each block element ends, for the
 * search index (src/integrations/pagefind.ts). It runs once per page, in a thread of its own
 * (page-reader.ts). The built-site check finds the same scripts with a reading of its own
 * (checks/dist/page-scan.ts), so the two check each other.
 */
export interface PagePass {
  /** Just after `<head ...>`: where the policy goes; null when the page has no <head>. */
  headEnd: number | null;
  /** Each script's text, exactly as written (what the browser hashes). */
  scripts: string[];
  /** Just after each block element (after a `<br>`'s tag): where the search index needs a space. */
  blockEnds: number[];
  /** What the search index reads: from after `<body ...>`, the element marked `data-pagefind-body`. */
  indexed: { bodyStart: number; start: number; end: number } | null;
}

const BLOCKS = new Set(
  'p li dt dd td th caption figcaption blockquote pre h1 h2 h3 h4 h5 h6 div section aside summary br'.split(' '),
);

export function pagePass(html: string): PagePass {
  const found: PagePass = { headEnd: null, scripts: [], blockEnds: [], indexed: null };
  let bodyStart = -1;
  /** Depth and start of the element marked for the search index while inside it. */
  let index: { depth: number; start: number } | null = null;
  let depth = 0;
  /** Depth of the entry text's element while inside it, else 0. */
  let content = 0;
  // <noscript> holds text as far as the search index knows: no spaces inside it.
  let noscript = 0;
  let script: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (name === 'head' && found.headEnd === null) found.headEnd = parser.endIndex + 1;
        if (name === 'body' && bodyStart < 0) bodyStart = parser.endIndex + 1;
        if (!index && !found.indexed && bodyStart >= 0 && 'data-pagefind-body' in attributes)
          index = { depth, start: parser.startIndex };
        if (!content && CONTENT_ATTRIBUTE in attributes) content = depth;
        if (name === 'script' && !('src' in attributes) && !content) script = '';
        if (name === 'noscript') noscript++;
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag(name, implied) {
        if (name === 'script' && script !== null) {
          found.scripts.push(script);
          script = null;
        }
        if (content === depth) content = 0;
        if (index?.depth === depth) {
          found.indexed = { bodyStart, start: index.start, end: parser.endIndex + 1 };
          index = null;
        }
        depth--;
        if (name === 'noscript') noscript--;
        // Closed by the tag being read (`<p>a<div>`, `<p>a</div>`): the element ends where that tag starts.
        if (!noscript && BLOCKS.has(name))
          found.blockEnds.push(implied && name !== 'br' ? parser.startIndex : parser.endIndex + 1);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return found;
}

/** What a page's Content-Security-Policy is made from, and what the search index reads of it. */
export type PageFacts = Omit<PagePass, 'scripts'> & { hashes: string[] };

export function pageFacts(html: string): PageFacts {
  const { scripts, ...rest } = pagePass(html);
  return { ...rest, hashes: scripts.map(scriptHash) };
}

/** The page with a space at each of `ends` (ascending), as handed to the search index; the served HTML is unchanged. */
function spaceAt(html: string, ends: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const end of ends) {
    parts.push(html.slice(from, end));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join(' ');
}

/** The page spaced for the search index, read here (tests, and pages no hook saw). */
export const spaceBlocks = (html: string): string => spaceAt(html, pagePass(html).blockEnds);

/**
 * The page as the search index gets it: its head and its marked content, spaced; the header,
 * navigation, footer and scripts around that content, which the index skips anyway, are left out
 * (a fifth of every page that Pagefind's process would otherwise parse).
 */
export function forIndex(html: string, facts: Pick<PagePass, 'blockEnds' | 'indexed'>): string {
  if (!facts.indexed) return spaceAt(html, facts.blockEnds);
  const { bodyStart, start, end } = facts.indexed;
  const inside = facts.blockEnds.filter((at) => at > start && at <= end).map((at) => at - start);
  return `${html.slice(0, bodyStart)}${spaceAt(html.slice(start, end), inside)}</body></html>`;
}
