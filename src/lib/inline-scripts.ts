import { Parser } from 'htmlparser2';
import { CONTENT_ATTRIBUTE, scriptHash } from './csp.ts';

/**
 * One streaming pass over a rendered page (htmlparser2's tokenizer, no tree): where its <head>
 * opens, and the text of each inline script the site ships, that is every `<script>` without
 * `src` outside the entry text (`[data-published-anchors]`, whose scripts are never allowed).
 * The build hashes these for the page's Content-Security-Policy (src/integrations/csp.ts); the
 * built-site check finds the same scripts with a full parse (lib/csp.ts, siteInlineScripts), so
 * the two readings check each other. Building a tree of every page only to find a few scripts
 * cost a third of the time the build spent on its own hooks.
 */
export interface PageScripts {
  /** Just after `<head ...>`: where the policy goes; null when the page has no <head>. */
  headEnd: number | null;
  /** Each script's text, exactly as written (what the browser hashes). */
  scripts: string[];
}

export function pageScripts(html: string): PageScripts {
  const found: PageScripts = { headEnd: null, scripts: [] };
  let depth = 0;
  /** Depth of the entry text's element while inside it, else 0. */
  let content = 0;
  let script: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (name === 'head' && found.headEnd === null) found.headEnd = parser.endIndex + 1;
        if (!content && CONTENT_ATTRIBUTE in attributes) content = depth;
        if (name === 'script' && !('src' in attributes) && !content) script = '';
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag(name) {
        if (name === 'script' && script !== null) {
          found.scripts.push(script);
          script = null;
        }
        if (content === depth) content = 0;
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return found;
}

/** What a page's Content-Security-Policy is made from: where its <head> opens, its inline scripts' hashes. */
export interface PagePolicyFacts {
  headEnd: number | null;
  hashes: string[];
}

export function policyFacts(html: string): PagePolicyFacts {
  const { headEnd, scripts } = pageScripts(html);
  return { headEnd, hashes: scripts.map(scriptHash) };
}
