import { Parser } from 'htmlparser2';
import { allowedHashes, CONTENT_ATTRIBUTE, scriptHash } from '../../lib/csp.ts';
import type { RuleId } from '../rules.ts';
import { type Attributes, resourceProblems, textElementProblem, urlAttributeProblems } from './safety.ts';

/**
 * One streaming pass over a built page (htmlparser2's tokenizer, no tree): what the link, preview
 * and published-URL checks read of it, and what the safety rules (safety.ts) find in it. A
 * tree per page, searched with a dozen selectors, cost the build a fifth of its CPU at 5,000 entries.
 * Unlike that tree, the contents of <pre> and <noscript> are read as elements too: nothing in them
 * escapes the rules.
 */
export interface PageFacts {
  ids: Set<string>;
  sectionIds: string[];
  links: { href: string; tag: string }[];
  publishedAnchors: string[];
  meta: Map<string, string>;
  refresh: string | undefined;
  findings: Finding[];
}
export interface Finding {
  rule: RuleId;
  message: string;
}
interface Open {
  tag: string;
  /** Inside <main>, <head>, the entry text ([data-published-anchors]), a figure.diagram. */
  main: boolean;
  head: boolean;
  content: boolean;
  diagram: boolean;
}

export function scanPage(html: string): PageFacts {
  const facts: Omit<PageFacts, 'findings'> = {
    ids: new Set(),
    sectionIds: [],
    links: [],
    publishedAnchors: [],
    meta: new Map(),
    refresh: undefined,
  };
  const findings: Finding[] = [];
  const own: Finding[] = [];
  const anchors: string[] = [];
  const scripts: string[] = [];
  let policy: string | undefined;
  let scriptBeforePolicy = false;
  let script: string | null = null;
  const stack: Open[] = [{ tag: '', main: false, head: false, content: false, diagram: false }];

  const parser = new Parser(
    {
      onopentag(tag, a: Attributes) {
        const up = stack.at(-1)!;
        const name = tag.toLowerCase();
        const el: Open = {
          tag,
          main: up.main || name === 'main',
          head: up.head || name === 'head',
          content: up.content || CONTENT_ATTRIBUTE in a,
          diagram: up.diagram || (name === 'figure' && (a.class ?? '').split(/\s+/).includes('diagram')),
        };
        stack.push(el);
        if (a.id !== undefined) facts.ids.add(a.id);
        if (name === 'a' && a.name !== undefined) facts.ids.add(a.name);
        const href = a.href ?? a.src ?? a['xlink:href'];
        if (href !== undefined) facts.links.push({ href, tag });
        // Headings (and their aliases) inside the entry text, then the blocks that took over a section.
        const heading = /^h[234]$/.test(name) && a.id !== undefined;
        if (up.content && (heading || 'data-anchor-alias' in a)) facts.publishedAnchors.push(a.id ?? '');
        if ('data-published-anchor' in a) anchors.push(a.id ?? '');
        if (up.main && (name === 'h2' || name === 'h3') && a.id !== undefined) facts.sectionIds.push(a.id);
        const equiv = a['http-equiv']?.toLowerCase();
        if (name === 'meta' && equiv === 'refresh') facts.refresh ??= a.content;
        if (name === 'meta' && equiv === 'content-security-policy' && policy === undefined) policy = a.content ?? '';
        if (name === 'meta' && el.head && a.content !== undefined)
          facts.meta.set(a.property ?? a.name ?? '', a.content);
        if (name === 'script' && el.head && policy === undefined) scriptBeforePolicy = true;
        if (name === 'script' && !('src' in a) && !el.content) script = '';
        const unsafe = up.content ? textElementProblem(name, tag, el.diagram) : undefined;
        if (unsafe) own.push(unsafe);
        findings.push(...urlAttributeProblems(tag, a), ...resourceProblems(name, tag, a));
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag() {
        if (stack.pop()!.tag.toLowerCase() === 'script' && script !== null) {
          scripts.push(script);
          script = null;
        }
      },
    },
    { lowerCaseTags: false },
  );
  parser.end(html);
  facts.publishedAnchors.push(...anchors);
  return { ...facts, findings: [...policyProblems(policy, scriptBeforePolicy, scripts), ...own, ...findings] };
}

function policyProblems(policy: string | undefined, scriptFirst: boolean, scripts: string[]): Finding[] {
  if (policy === undefined)
    return [
      {
        rule: 'csp',
        message: 'the page has no Content-Security-Policy <meta>: build with the kb-csp integration (astro.config.mjs)',
      },
    ];
  const found: Finding[] = [];
  if (scriptFirst)
    found.push({
      rule: 'csp',
      message: 'a script comes before the Content-Security-Policy <meta>: the policy must come first in <head>',
    });
  const allowed = allowedHashes(policy);
  for (const text of scripts.filter((s) => !allowed.has(scriptHash(s))))
    found.push({
      rule: 'csp',
      message:
        `an inline script ("${text.trim().slice(0, 40)}...") is not allowed by the page's policy: the browser will ` +
        'not run it; rebuild so its hash is added',
    });
  return found;
}
