import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw, { type Options as RawOptions } from 'rehype-raw';
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import { EXIT, visit } from 'unist-util-visit';

/*
 * remark-smartypants 3.0.3 (MIT), which Astro's MDX pipeline runs, with one shortcut: its second
 * pass (ellipses, dashes, double backticks) parses every text node again with retext, a fifth of
 * the time it takes to render an entry; a text with none of the marks that pass changes is left
 * as it is, which is what the pass would return. The rest is the plugin's own logic, unchanged.
 */
const SECOND_PASS = /--|``|''|\.\s*\./;
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML = new Set(['style', 'script']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
type Node = { type: string; value?: string; name?: string | null };
const isLiteral = (node: Node): node is Node & { value: string } => typeof node.value === 'string';

export function remarkSmartypantsFast(options: Options = {}) {
  const quotes = retext().use(smartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { ...options, quotes: false });
  const check = (node: Node, _index?: number, parent?: Node) =>
    !!parent &&
    (parent.type !== 'mdxJsxTextElement' || (typeof parent.name === 'string' && !IGNORED_HTML.has(parent.name))) &&
    VISITED.has(node.type) &&
    (isLiteral(node) || BLOCKS.has(node.type));
  return (tree: Root) => {
    let all = '';
    const nodes: Node[] = [];
    visit(tree, check as never, (node: Node) => {
      if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else all += ' ';
      nodes.push(node);
    });
    // Quotes across links and emphasis are paired over the whole text at once, as the plugin does.
    all = quotes.processSync(all).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = all.slice(start, end);
        node.value = SECOND_PASS.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}

/**
 * rehype-raw re-parses the whole tree with parse5 to turn raw HTML into elements. MDX has no raw
 * HTML (tags are JSX) and the project's plugins build elements, so most trees have none: those
 * are left as they are, and only a tree with a `raw` node goes through parse5.
 */
export function rehypeRawWhenNeeded(options: RawOptions) {
  const raw = rehypeRaw(options);
  return (tree: HastRoot, file: never) => {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    return found ? raw(tree, file) : undefined;
  };
}
