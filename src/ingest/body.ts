import type { Node, Parent, Parents, Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { BodyBlock, BodyFacts, Located } from './body-facts.ts';
import { citationNumbers, findCitations } from './citations.ts';
import { headingIds } from './heading-ids.ts';
import { deepestNesting, emptySections, MAX_NESTING, MAX_WALK_DEPTH, textOutsideCode } from './tree-shape.ts';

/*
 * Reads what an entry's body says (body-facts.ts) from its Markdown syntax tree, in one walk.
 */

// Any mdast node: its `position` is optional (absent on generated nodes), hence the fallback to 1:1.
const at = (node: Node): Located => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

export function analyzeBody(tree: Root, syntaxError: BodyFacts['syntaxError'] = null): BodyFacts {
  const facts: BodyFacts = {
    tree,
    nesting: { depth: 0, line: 1, column: 1 },
    read: false,
    syntaxError,
    bodyLine: (tree.children.find((n) => n.type === 'yaml')?.position?.end.line ?? 0) + 1,
    citations: [],
    sources: [...citationNumbers(tree).keys()],
    links: [],
    diagrams: [],
    blocks: [],
    ids: [],
    emptySections: [],
    headings: (syntaxError ? [] : headingIds(tree)).map((h) => ({
      depth: h.node.depth,
      text: h.text,
      slug: h.id,
      pinned: h.pinned,
      aliases: h.aliases,
      misplaced: h.misplaced,
      ...at(h.node),
    })),
  };
  const walk = (node: RootContent | Root, guidance: boolean) => {
    switch (node.type) {
      case 'text': {
        for (const m of findCitations(node.value)) {
          const before = node.value.slice(0, m.index).split('\n');
          const start = at(node);
          const line = start.line + before.length - 1;
          const column = before.length > 1 ? before.at(-1)!.length + 1 : start.column + m.index;
          for (const { key, unconfirmed, claim } of m.items)
            facts.citations.push({ key, unconfirmed, claim, line, column });
        }
        return;
      }
      case 'link':
        facts.links.push({ href: node.url, ...at(node) });
        break;
      case 'code':
        if (node.lang === 'mermaid') {
          const diagram = { code: node.value, ...at(node) };
          facts.diagrams.push(diagram);
          // `click A "/practices/x/"` lines are links like any other; line 1 of the code is the fence's next line.
          node.value.split('\n').forEach((text, i) => {
            const m = /^\s*click\s+\S+\s+(?:href\s+)?"([^"]+)"/.exec(text);
            if (m) facts.links.push({ href: m[1]!, line: diagram.line + i + 1, column: text.indexOf('"') + 2 });
          });
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxAttribute' && attr.name === 'id' && typeof attr.value === 'string')
            facts.ids.push({ id: attr.value, ...at(node) });
        }
        guidance ||= node.name === 'Guidance';
        break;
      case 'paragraph':
        facts.blocks.push(block(node, 'paragraph', guidance));
        break;
      case 'table':
        node.children.forEach((row, i) => {
          facts.blocks.push({ ...block(row, 'table row', guidance), header: i === 0 });
          walk(row, guidance);
        });
        return;
      case 'listItem': {
        // A list item's claim is its own first paragraph; nested lists are items of their own.
        const own = node.children.find((c) => c.type === 'paragraph');
        if (own) {
          facts.blocks.push(block(own, 'list item', guidance));
          for (const child of own.children) walk(child, guidance);
        }
        for (const child of node.children) if (child !== own) walk(child, guidance);
        return;
      }
    }
    if ('children' in node) for (const child of (node as Parents).children) walk(child as RootContent, guidance);
  };
  // A body that is not valid MDX is reported by the mdx-syntax rule; the entry still joins the graph.
  if (syntaxError) return facts;
  facts.nesting = deepestNesting(tree, MAX_NESTING);
  // Past this depth the recursive walk (and Astro's renderer) would exhaust the stack; the
  // nesting-depth rule reports it long before.
  if (facts.nesting.depth > MAX_WALK_DEPTH) return facts;
  walk(tree, false);
  facts.read = true;
  facts.emptySections = emptySections(tree.children);
  return facts;
}

function block(node: Parent, kind: BodyBlock['kind'], guidance: boolean): BodyBlock {
  // Table cells are read apart: "x" and "97%" in two cells are not the word "x97%".
  const text = node.type === 'tableRow' ? node.children.map((c) => textOf(c)).join(' | ') : textOf(node);
  // A citation written in `inline code` shows as code, not as a citation: it does not count.
  const cited = findCitations(textOutsideCode(node)).length > 0;
  // "See also" lines: nothing but links (and punctuation) make no claim of their own.
  const rest = node.children.filter(
    (c) => c.type !== 'link' && !(c.type === 'text' && /^[\s,;:.·–—-]*$/.test(c.value)),
  );
  const navigation = node.children.some((c) => c.type === 'link');
  const ownText = node.children
    .filter((c) => c.type !== 'link')
    .map((c) => textOf(c))
    .join(node.type === 'tableRow' ? ' | ' : '');
  return { kind, text, cited, guidance, linkOnly: rest.length === 0, navigation, ownText, header: false, ...at(node) };
}
