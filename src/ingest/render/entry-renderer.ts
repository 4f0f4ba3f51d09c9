import { type MarkdownHeading, rehypeHeadingIds, rehypeShiki } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Nodes } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
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
 * for `markdown.processor` (MDX's own unravelling of JSX paragraphs, smartypants, the site's remark
 * plugins, remark-rehype keeping MDX nodes, rehype-raw, Shiki, the site's rehype plugins, heading
 * ids), then the few MDX elements an entry may use turned into their HTML. test/mdx/same-html.test.ts
 * holds every real entry and its fixtures to the HTML that @astrojs/mdx renders, through Astro's
 * container API.
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

function highlighter(settings: RenderSettings): PluggableList {
  const { syntaxHighlight } = settings;
  const type = typeof syntaxHighlight === 'object' ? syntaxHighlight.type : syntaxHighlight;
  if (type === false) return [];
  if (type !== 'shiki') throw new Error(`markdown.syntaxHighlight "${type}" is not supported: use "shiki" or false`);
  const exclude = typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined;
  return [[rehypeShiki, settings.shikiConfig, exclude]];
}

export function entryRenderer(settings: RenderSettings) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMdxUnravel)
    .use(remarkSmartypants)
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
