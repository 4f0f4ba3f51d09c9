import type { BlockContent, Heading, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { type Options, toMarkdown } from 'mdast-util-to-markdown';
import { findCitations } from './citations.ts';
import { headingIds, splitPinnedId } from './heading-ids.ts';
import { classifyHref } from './hrefs.ts';

/*
 * An entry's body as plain Markdown (GFM), for readers that are programs: the Markdown twins,
 * llms-full.txt. From the tree @astrojs/mdx parsed (the body is not parsed again), into new nodes:
 * citations become footnote references (`[^source-id]`, defined by src/model/source-footnotes.ts), <Guidance>
 * a block quote that says what it is, every heading keeps its page id as `{#id}` (so a page's
 * #fragment finds the same section), and links to the site become absolute URLs.
 */
interface TwinOptions {
  /** The site's root URL with its base path and a final slash: `https://kb.example.org/kb/`. */
  siteUrl: string;
}
/** And, while the tree is walked, each heading's page id. */
interface Walk extends TwinOptions {
  ids: Map<Heading, string>;
}

const GUIDANCE_LABEL = 'Unattributed guidance:';

const markdownOptions: Options = { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-' };

/** Serialises a tree the way every twin is written: GFM, `-` bullets, `_` emphasis. */
export const toGfm = (tree: Nodes) => toMarkdown(tree, markdownOptions);

/**
 * The body of an MDX tree as Markdown. The tree itself is left as it was (the page is rendered from
 * it next): every node that differs in the twin is a new node, so no copy of the tree is needed.
 */
export function markdownTwin(tree: Root, options: TwinOptions): string {
  const ids = new Map(headingIds(tree).map(({ node, id }) => [node, id]));
  return toGfm({ type: 'root', children: blocks(tree.children, { ...options, ids }) });
}

/** A heading with its pinned ids taken out of its text and its page id written after it as `{#id}`. */
function headingChildren(node: Heading, id: string): PhrasingContent[] {
  const children = [...node.children];
  const last = children.at(-1);
  if (last?.type === 'text') children[children.length - 1] = { type: 'text', value: splitPinnedId(last.value).text };
  return [...children, { type: 'text', value: ` {#${id}}` }];
}

/** Inline nodes that MDX may leave among blocks (`<Guidance><b>x</b></Guidance>`): gathered into a paragraph. */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'break', 'mdxJsxTextElement']);

/** Block content with MDX turned into Markdown; ESM, expressions and the frontmatter dropped. */
function blocks(nodes: RootContent[], options: Walk): RootContent[] {
  const out: RootContent[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    if (inline.length) out.push({ type: 'paragraph', children: phrasing(inline, options) });
    inline = [];
  };
  for (const node of nodes) {
    if (INLINE.has(node.type)) inline.push(node as PhrasingContent);
    else {
      flush();
      out.push(...block(node, options));
    }
  }
  flush();
  return out;
}

function block(node: RootContent, options: Walk): RootContent[] {
  if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return [];
  if (node.type === 'mdxJsxFlowElement') {
    const inner = blocks(node.children as RootContent[], options);
    if (node.name !== 'Guidance') return inner;
    const label: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: GUIDANCE_LABEL }] };
    return [{ type: 'blockquote', children: [{ type: 'paragraph', children: [label] }, ...(inner as BlockContent[])] }];
  }
  if (node.type === 'heading')
    return [{ ...node, children: phrasing(headingChildren(node, options.ids.get(node)!), options) }];
  if (node.type === 'paragraph' || node.type === 'tableCell')
    return [{ ...node, children: phrasing(node.children, options) } as RootContent];
  if ('children' in node)
    return [{ ...node, children: blocks(node.children as RootContent[], options) } as RootContent];
  return [node];
}

function phrasing(nodes: PhrasingContent[], options: Walk): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'mdxTextExpression') return [];
    if (node.type === 'mdxJsxTextElement') return phrasing(node.children, options);
    if (node.type === 'text') return citations(node.value);
    if (node.type === 'link') {
      const href = classifyHref(node.url);
      // `/x/` and `/x/#y` become absolute; `#y` stays on the page; other sites stay as they are.
      const url = href.kind === 'internal' && href.path ? new URL(node.url.slice(1), options.siteUrl).href : node.url;
      return [{ ...node, url, children: phrasing(node.children, options) }];
    }
    if ('children' in node) return [{ ...node, children: phrasing(node.children, options) } as PhrasingContent];
    return [node];
  });
}

/** `claim [@a; @b, unconfirmed]` → `claim [^a][^b] (unconfirmed)`. */
function citations(text: string): PhrasingContent[] {
  const matches = findCitations(text);
  if (!matches.length) return [{ type: 'text', value: text }];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of matches) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    for (const { key, unconfirmed } of m.items) {
      out.push({ type: 'footnoteReference', identifier: key, label: key });
      if (unconfirmed) out.push({ type: 'text', value: ' (unconfirmed)' });
    }
    last = m.index + m.length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}
