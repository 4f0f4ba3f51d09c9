import type { Node, Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import {
  ATTRIBUTES,
  COMPONENTS,
  ELEMENTS,
  FORBIDDEN_ELEMENTS,
  isAriaAttribute,
  LINK_ATTRIBUTES,
  RESOURCE_ATTRIBUTES,
} from '../../ingest/allowed-markup.ts';
import type { LoadedEntry } from '../../ingest/load.ts';
import { linkProblem, resourceProblem } from '../../ingest/safe-urls.ts';
import type { Problem } from '../../report/problems.ts';
import { type CheckContext, suggest } from './context.ts';

/**
 * Content safety, read from the MDX syntax tree: an entry holds text, links and the provided
 * components, never code. MDX compiles every tag, `{expression}` and `import`/`export` into
 * JavaScript that runs at build time or in readers' browsers, so anything else is refused here,
 * before `astro build` sees it.
 */
export function checkContentSafety({ content }: CheckContext): Problem[] {
  return content.entries.flatMap((entry) => checkTree(entry, entry.facts.tree));
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function checkTree(entry: LoadedEntry, tree: Root): Problem[] {
  const problems: Problem[] = [];
  // Returns nothing: a number returned to `visit` would tell it where to go next.
  const report = (node: Node, message: string): undefined => {
    problems.push({
      file: entry.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      rule: 'unsafe-content',
      message,
    });
  };
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    definitions.set(d.identifier, d.url);
  });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return report(
          node,
          '`import`/`export` runs code when the site is built: remove it; <Guidance> and the other components need ' +
            'no import',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a comment */}` compiles to nothing; any other expression is code.
        if ((node.data?.estree?.body.length ?? 1) > 0)
          report(
            node,
            `\`{${clip(node.value)}}\` is a JavaScript expression, which runs when the site is built: write the text ` +
              `itself, or escape the brace as \\{`,
          );
        return;
      case 'link':
      case 'definition': {
        const why = linkProblem(node.url);
        if (why)
          report(
            node,
            `link "${clip(node.url)}" ${why}: link to an http(s) address or a site path such as /practices/x/`,
          );
        return;
      }
      case 'image':
      case 'imageReference': {
        const src = node.type === 'image' ? node.url : (definitions.get(node.identifier) ?? '');
        const why = resourceProblem(src);
        if (why)
          report(
            node,
            `image "${clip(src)}" ${why}: put the image in public/ and use its site path, or link to it instead`,
          );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, (message) => report(node, message));
        return;
    }
  });
  return problems;
}

function checkElement(node: Jsx, report: (message: string) => void): void {
  const name = node.name ?? '';
  if (!name) return report('a fragment `<>` is JSX, not content: remove it and keep its text');
  const forbidden = FORBIDDEN_ELEMENTS[name.toLowerCase()];
  if (forbidden) return report(`<${name}> is not allowed in content: ${forbidden}`);
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!(COMPONENTS as readonly string[]).includes(name))
      report(
        `unknown component <${name}>${suggest(name, COMPONENTS)}: the components entries may use are ` +
          `${COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      );
  } else if (!ELEMENTS.has(name)) {
    return report(
      `<${name}> is not an element entries may use: write Markdown, or use plain text elements such as <span>, ` +
        `<sub>, <sup>, <abbr>, <kbd>`,
    );
  }
  for (const attr of node.attributes) checkAttribute(name, attr, report);
}

function checkAttribute(
  element: string,
  attr: MdxJsxAttribute | MdxJsxExpressionAttribute,
  report: (message: string) => void,
): void {
  if (attr.type === 'mdxJsxExpressionAttribute')
    return report(
      `<${element} {${clip(attr.value)}}> spreads a JavaScript expression into the element: write each attribute as ` +
        `name="value"`,
    );
  const { name, value } = attr;
  if (/^on/i.test(name))
    return report(`\`${name}\` on <${element}> is an event handler, which runs script in readers' browsers: remove it`);
  if (name === 'style')
    return report(
      `\`style\` on <${element}>: entries carry no styles (they could load from other hosts or disguise the page); ` +
        `remove it`,
    );
  if (!ATTRIBUTES.has(name) && !isAriaAttribute(name))
    return report(
      `attribute \`${name}\` on <${element}> is not allowed in content: remove it (allowed: id, class, title, href, ` +
        `src, alt, lang and aria-*)`,
    );
  if (value !== null && typeof value === 'object')
    return report(
      `\`${name}={${clip(value.value)}}\` on <${element}> is a JavaScript expression: write the value as a quoted ` +
        `string, ${name}="..."`,
    );
  if (typeof value !== 'string') return;
  const why = LINK_ATTRIBUTES.has(name)
    ? linkProblem(value)
    : RESOURCE_ATTRIBUTES.has(name)
      ? resourceProblem(value)
      : null;
  if (why)
    report(
      `\`${name}="${clip(value)}"\` on <${element}> ${why}: use an http(s) link or a site path, and put images in ` +
        `public/`,
    );
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s).replace(/\s+/g, ' ');
