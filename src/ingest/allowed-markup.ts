/**
 * The markup an entry may use besides Markdown: the components every entry page provides, and a
 * short list of plain HTML elements and attributes that display text. Everything else is refused
 * by the content-safety rule, because MDX turns any tag or expression into code that runs.
 */

/** Rendered in every entry body without an import (src/ingest/render/mdx-elements.ts, src/components/). */
export const COMPONENTS = ['Guidance'] as const;

export const ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** Elements that run code, load other pages or restyle the site, with what to write instead. */
export const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: 'entries carry no scripts; the site ships the little JavaScript it needs',
  style: 'entries carry no styles; the site stylesheet applies to every entry',
  iframe: 'embed nothing; link to the page instead, e.g. [title](https://...)',
  frame: 'embed nothing; link to the page instead',
  object: 'embed nothing; link to the file instead',
  embed: 'embed nothing; link to the file instead',
  form: 'entries hold no forms; link to the page that has one',
  meta: 'entries set no page metadata; the frontmatter does that',
  base: 'entries cannot change how links resolve; write site-relative links such as /practices/x/',
  link: 'entries load no stylesheets or resources; link with [text](url)',
  svg: 'draw it as a ```mermaid diagram, which is rendered safely at build time',
  math: 'write the formula in text or inline code',
};

/** Attributes that only describe or label; URLs among them are checked separately. */
export const ATTRIBUTES = new Set([
  'id',
  'class',
  'className',
  'title',
  'lang',
  'dir',
  'href',
  'src',
  'alt',
  'width',
  'height',
  'open',
  'colSpan',
  'colspan',
  'rowSpan',
  'rowspan',
  'scope',
  'dateTime',
  'datetime',
  'cite',
  'start',
  'reversed',
  'type',
  'role',
  'hidden',
]);
export const isAriaAttribute = (name: string) => /^aria-[a-z]+$/.test(name);

/** Attributes whose value is a link a reader follows. */
export const LINK_ATTRIBUTES = new Set(['href', 'cite']);
/** Attributes whose value the browser fetches by itself. */
export const RESOURCE_ATTRIBUTES = new Set(['src']);
