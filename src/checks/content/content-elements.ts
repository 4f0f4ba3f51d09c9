import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import {
  ATTRIBUTES,
  COMPONENTS,
  ELEMENTS,
  FORBIDDEN_ELEMENTS,
  isAriaAttribute,
  LINK_ATTRIBUTES,
  RESOURCE_ATTRIBUTES,
} from '../../ingest/allowed-markup.ts';
import { linkProblem, resourceProblem } from '../../ingest/safe-urls.ts';
import { suggest } from './context.ts';

/*
 * The half of content safety that reads tags: which elements and components an entry may use, and
 * which attributes on them. Kept apart from the tree walk (content-safety.ts) because the allowlists
 * (ingest/allowed-markup.ts) change more often than the walk does.
 */

/** Reports each way the element `node` leaves the allowed markup. */
export function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, report: (message: string) => void): void {
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
    else {
      // The components take no props: an attribute would be dropped from the page without a word.
      for (const attr of node.attributes)
        report(
          `<${name}> takes no attributes, and the page would drop ` +
            `${attr.type === 'mdxJsxAttribute' ? `\`${attr.name}\`` : `{${clip(attr.value)}}`}: remove it`,
        );
      return;
    }
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

/** A value short enough to quote in a message. */
export const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s).replace(/\s+/g, ' ');
