import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The MDX elements an entry may use (src/ingest/allowed-markup.ts), turned into the HTML that
 * @astrojs/mdx renders for them: plain elements as themselves, and <Guidance> as its component
 * (src/components/guidance.astro) renders it. Everything else was refused by the content-safety
 * rule before the build started; meeting it here is a bug, said with its place in the file.
 */
export const GUIDANCE = {
  label: 'Unattributed guidance',
  /** The label's markup: src/components/guidance.astro prints it as it is, the loader parses it once. */
  labelHtml:
    '<p class="guidance-label" data-pagefind-ignore><span aria-hidden="true">◇</span> Unattributed guidance</p>',
} as const;

const label = fromHtml(GUIDANCE.labelHtml, { fragment: true }).children as ElementContent[];
const guidance = (children: ElementContent[]): Element =>
  h('aside', { class: 'guidance', ariaLabel: GUIDANCE.label }, [...structuredClone(label), ...children]);

type JsxNode = MdxJsxFlowElementHast;
const isJsx = (node: { type: string }): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attributes(node: JsxNode, where: string): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const attr of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attr.type !== 'mdxJsxAttribute' || (attr.value !== null && typeof attr.value !== 'string'))
      throw new Error(`${where}: <${node.name}> has an expression attribute, which entries may not use`);
    props[attr.name] = attr.value ?? true;
  }
  return props;
}

/*
 * MDX compiles HTML to JSX (hast-util-to-estree), which drops whitespace-only text inside table
 * elements, as React requires: the rows are printed without the line breaks remark-rehype puts
 * between them. It also turns a cell's obsolete `align` (a GFM column's `:---`) into a `text-align`
 * style, after any style the cell has (its `tableCellAlignToStyle`, on by default).
 */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const CELLS = new Set(['td', 'th']);
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

function alignToStyle(cell: Element): void {
  const { align, style, ...rest } = cell.properties;
  if (align === undefined || align === null) return;
  const styles = [style, `text-align:${align}`].filter((s) => s !== undefined && s !== null && s !== '');
  cell.properties = { ...rest, style: styles.join(';') };
}

/** Runs last, after every rehype plugin has seen the tree as MDX's pipeline shows it to them. */
export function rehypeMdxElements() {
  return (tree: Root, file: { path?: string }) => {
    visit(tree, 'element', (node: Element) => {
      if (TABLE_PARTS.has(node.tagName)) node.children = node.children.filter((c) => !isBlank(c));
      if (CELLS.has(node.tagName)) alignToStyle(node);
    });
    visit(tree, (node, index, parent) => {
      if (!isJsx(node) || !parent || index === undefined) return;
      const at = `${file.path ?? 'entry'}:${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
      if (!node.name) throw new Error(`${at}: a fragment (<>…</>) is not allowed in an entry`);
      const children = node.children as ElementContent[];
      const element = node.name === 'Guidance' ? guidance(children) : h(node.name, attributes(node, at), children);
      parent.children.splice(index, 1, element);
      // The new element's children may hold more MDX elements: visit them too.
      return [SKIP, index];
    });
  };
}
