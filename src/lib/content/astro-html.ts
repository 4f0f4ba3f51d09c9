import { escapeHTML, spreadAttributes, voidElementNames } from 'astro/runtime/server/index.js';
import { stringify as commas } from 'comma-separated-tokens';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html as htmlSchema, type Schema, svg as svgSchema } from 'property-information';
import { stringify as spaces } from 'space-separated-tokens';
import styleToJs from 'style-to-js';

/*
 * Serialises the HTML tree of an MDX body exactly as Astro would print it after compiling the MDX
 * to JSX (hast-util-to-estree's rules for attributes, Astro's JSX renderer for escaping), so an
 * entry rendered once at load time gives the same bytes as one compiled through Vite. Only the
 * components an entry may use are known here; anything else is an error naming the file and line.
 */
export type Components = Record<string, (children: string) => string>;
type Node = Root | RootContent | MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Fail = (message: string, node: { position?: { start: { line: number; column: number } } | undefined }) => never;

const isWhitespace = (n: Node) => n.type === 'text' && /^[\t\n\f\r ]*$/.test(n.value);

export function toAstroHtml(tree: Root, components: Components, fail: Fail): string {
  // Astro's MDX output drops whitespace at the start and end of the document, as a JSX fragment does.
  const children = [...tree.children];
  while (children.length && isWhitespace(children[0]!)) children.shift();
  while (children.length && isWhitespace(children.at(-1)!)) children.pop();
  return all(children, htmlSchema, components, fail);
}

// hast-util-to-estree drops the line breaks between table parts (React warns about them).
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

function all(nodes: Node[], schema: Schema, components: Components, fail: Fail, parent?: string): string {
  const skipBreaks = schema.space === 'html' && parent !== undefined && TABLE_PARTS.has(parent.toLowerCase());
  let out = '';
  for (const node of nodes)
    if (!(skipBreaks && node.type === 'text' && node.value === '\n')) out += one(node, schema, components, fail);
  return out;
}

function one(node: Node, schema: Schema, components: Components, fail: Fail): string {
  switch (node.type) {
    case 'text':
      return escapeHTML(node.value);
    case 'element':
      return element(node, schema, components, fail);
    case 'comment':
    case 'doctype':
      return '';
    // The `export`s Astro's MDX plugins add (frontmatter, headings) print nothing.
    case 'mdxjsEsm':
      return '';
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      // `{/* a comment */}` is the only expression that prints nothing; anything else needs JavaScript.
      const body = (node.data as { estree?: { body: unknown[] } } | undefined)?.estree?.body ?? [];
      if (body.length === 0) return '';
      return fail(`the expression {${node.value}} is not supported in entries: write the text itself`, node);
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      // A lowercase name is a plain HTML element written as JSX (`<span id="x">`): Astro prints it as is.
      if (node.name && /^[a-z]/.test(node.name)) return jsxElement(node, schema, components, fail);
      const render = node.name ? components[node.name] : undefined;
      if (!render)
        return fail(
          `the component <${node.name ?? ''}> is not available in entries (known: ${Object.keys(components)
            .map((c) => `<${c}>`)
            .join(', ')})`,
          node,
        );
      return render(all(node.children as Node[], schema, components, fail));
    }
    default:
      return fail(`cannot render a node of type ${node.type}`, node as { position?: undefined });
  }
}

function jsxElement(
  node: MdxJsxFlowElementHast | MdxJsxTextElementHast,
  schema: Schema,
  components: Components,
  fail: Fail,
): string {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')
    ) {
      return fail(`<${node.name}> takes plain attributes only (name="value") in entries`, node);
    }
    props[attribute.name] = attribute.value ?? true;
  }
  return print(node.name!, props, all(node.children as Node[], schema, components, fail));
}

function print(tag: string, props: Record<string, unknown>, inner: string): string {
  const attrs = String(spreadAttributes(props));
  if (inner === '' && voidElementNames.test(tag)) return `<${tag}${attrs}/>`;
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

function element(node: Element, parentSchema: Schema, components: Components, fail: Fail): string {
  const schema = parentSchema.space === 'html' && node.tagName.toLowerCase() === 'svg' ? svgSchema : parentSchema;
  const props: Record<string, unknown> = {};
  let align: string | undefined;
  for (const [property, raw] of Object.entries(node.properties ?? {})) {
    const info = find(schema, property);
    if (
      raw === null ||
      raw === undefined ||
      raw === false ||
      (typeof raw === 'number' && Number.isNaN(raw)) ||
      (!raw && info.boolean)
    )
      continue;
    const value = Array.isArray(raw) ? (info.commaSeparated ? commas(raw) : spaces(raw.map(String))) : raw;
    const name = info.attribute;
    if (name === 'style')
      props.style = typeof value === 'object' ? value : styleToJs(String(value), { reactCompat: true });
    else if ((node.tagName === 'td' || node.tagName === 'th') && name === 'align') align = String(value);
    else props[name] = value === true ? true : String(value);
  }
  if (align !== undefined) props.style = { ...(props.style as object | undefined), textAlign: align };
  // Astro's JSX runtime turns `set:html` (script and style bodies) into raw children.
  const rawHtml = props['set:html'];
  delete props['set:html'];
  return print(
    node.tagName,
    props,
    rawHtml !== undefined
      ? String(rawHtml)
      : all(node.children as ElementContent[], schema, components, fail, node.tagName),
  );
}
