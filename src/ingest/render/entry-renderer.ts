import {
  isUnifiedProcessor,
  type MarkdownHeading,
  rehypeHeadingIds,
  rehypeShiki,
  type Smartypants,
} from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Nodes } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { frontmatterBlock } from '../frontmatter.ts';
import { rehypePlugins, remarkPlugins, type SiteUrls } from '../plugins/index.ts';
import { rehypeMdxElements } from './mdx-elements.ts';
import { remarkMdxUnravel } from './mdx-unravel.ts';

/**
 * An entry's body to HTML, through the same plugins and in the same order as @astrojs/mdx runs them
 * for `markdown.processor` (MDX's own unravelling of JSX paragraphs, GFM and SmartyPants as the
 * config sets them, the site's remark plugins, remark-rehype keeping MDX nodes, rehype-raw, Shiki,
 * the site's rehype plugins, heading ids), then the few MDX elements an entry may use turned into
 * their HTML. test/mdx/same-html.test.ts holds every real entry and its fixtures to the HTML that
 * @astrojs/mdx renders, through Astro's container API.
 */
export interface RenderedEntry {
  html: string;
  headings: MarkdownHeading[];
  /** The frontmatter with what the plugins noted (graph facts, Markdown twin, diagram fallback). */
  frontmatter: Record<string, unknown>;
}

export interface RenderSettings extends SiteUrls {
  /** Astro's `markdown.syntaxHighlight` and `markdown.shikiConfig`. */
  syntaxHighlight: AstroConfig['markdown']['syntaxHighlight'];
  shikiConfig: AstroConfig['markdown']['shikiConfig'];
  /** GitHub-flavoured Markdown ahead of the site's plugins: the processor's `gfm`. */
  gfm: boolean;
  /** SmartyPants typography (curly quotes, dashes): the processor's `smartypants`, off, on or its options. */
  smartypants: boolean | Smartypants;
}

/**
 * The settings from Astro's `markdown` config, resolved as @astrojs/mdx resolves them: the
 * `unified()` processor's `gfm` and `smartypants` first, then the deprecated top-level options, then
 * on. Without this, turning SmartyPants off in astro.config.mjs would change nothing on the pages.
 */
export function renderSettings(markdown: AstroConfig['markdown'], urls: SiteUrls): RenderSettings {
  const { processor } = markdown;
  const options = processor && isUnifiedProcessor(processor) ? processor.options : undefined;
  return {
    ...urls,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: options?.gfm ?? markdown.gfm ?? true,
    smartypants: options?.smartypants ?? markdown.smartypants ?? true,
  };
}

// The MDX nodes that remark-rehype and rehype-raw must leave alone, as @mdx-js/mdx lists them
// (remark-mdx adds them to mdast's node types).
const MDX_NODES: Nodes['type'][] = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

const highlightType = (syntaxHighlight: RenderSettings['syntaxHighlight']) =>
  typeof syntaxHighlight === 'object' ? syntaxHighlight.type : syntaxHighlight;

/** Why the renderer cannot follow `markdown.syntaxHighlight`, or nothing (checked at start-up too: same-processor.ts). */
export function highlightProblem(syntaxHighlight: RenderSettings['syntaxHighlight']): string | undefined {
  const type = highlightType(syntaxHighlight);
  if (type && type !== 'shiki')
    return `markdown.syntaxHighlight is "${type}", but the entries’ loader highlights code with Shiki only: use "shiki" or false`;
  return undefined;
}

function highlighter(settings: RenderSettings): PluggableList {
  const { syntaxHighlight } = settings;
  const problem = highlightProblem(syntaxHighlight);
  if (problem) throw new Error(problem);
  // false: no highlighting (Astro's resolved config gives an object its type, `shiki` by default).
  if (highlightType(syntaxHighlight) !== 'shiki') return [];
  const exclude = typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined;
  return [[rehypeShiki, settings.shikiConfig, exclude]];
}

/** As @astrojs/mdx adds it: with its options, or `{}` for `true`. */
const smartypants = (setting: RenderSettings['smartypants']): PluggableList =>
  setting === false ? [] : [[remarkSmartypants, typeof setting === 'object' ? setting : {}]];

export function entryRenderer(settings: RenderSettings) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMdxUnravel)
    .use(settings.gfm ? [remarkGfm] : [])
    .use(smartypants(settings.smartypants))
    .use(remarkPlugins(settings) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: MDX_NODES })
    .use(rehypeRaw, { passThrough: MDX_NODES })
    .use(highlighter(settings))
    .use(rehypePlugins(settings) as PluggableList)
    .use(rehypeHeadingIds)
    .use(rehypeMdxElements)
    .use(rehypeStringify, { allowDangerousHtml: true, collapseEmptyAttributes: true });

  /** `text` is the whole file; `filePath` names it in messages (and tells the heading ids it is MDX). */
  return async (text: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedEntry> => {
    const file = new VFile({ value: blankFrontmatter(text), path: filePath, data: { astro: { frontmatter } } });
    const out = await processor.process(file);
    const astro = out.data.astro as { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> };
    return { html: String(out.value), headings: astro.headings ?? [], frontmatter: astro.frontmatter ?? {} };
  };
}

/** As Astro does for MDX: the frontmatter becomes spaces, so every position stays a position in the file. */
function blankFrontmatter(text: string): string {
  const end = frontmatterBlock(text)?.end ?? 0;
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
