import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { type Pluggable, type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import { type Components, toAstroHtml } from './astro-html.ts';
import { analyzeBody, type BodyFacts, type GraphFacts, graphFacts } from './body.ts';
import { rehypeRawWhenNeeded, remarkSmartypantsFast } from './pipeline-shortcuts.ts';

/*
 * The MDX pipeline of @astrojs/mdx, run once per entry when the content is loaded, instead of once
 * per compiled Vite module. It is Astro's own processor (the same remark and rehype plugins, in the
 * same order, with the project's plugins from markdown.processor), cut before the step that turns
 * the tree into JavaScript; astro-html.ts prints the tree as Astro's JSX renderer would.
 */
interface UnifiedOptions {
  remarkPlugins: Pluggable[];
  rehypePlugins: Pluggable[];
  remarkRehype: object;
  recmaPlugins: Pluggable[];
  gfm?: boolean;
  smartypants?: boolean | object;
}
type Attacher = [(...args: unknown[]) => unknown, ...unknown[]];
/** Steps that only add JavaScript exports or module metadata, which print nothing in HTML. */
const JS_ONLY = new Set(['rehypeInjectHeadingsExport', 'rehypeApplyFrontmatterExport', 'rehypeAnalyzeAstroMetadata']);
/** Steps replaced by versions that give the same tree faster (see each). */
const SWAPPED: Record<string, unknown> = { remarkSmartypants: remarkSmartypantsFast, rehypeRaw: rehypeRawWhenNeeded };

/** A rendered body, and what the link graph and review kit need to know of its source. */
export interface RenderedMdx {
  html: string;
  frontmatter: Record<string, unknown>;
  headings: MarkdownHeading[];
  facts: GraphFacts;
}
/** A heading as Astro's render() reports it (what a page's table of contents is built from). */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}
export type MdxRenderer = (body: string, path: string, frontmatter: Record<string, unknown>) => Promise<RenderedMdx>;
/** What the renderer needs from Astro's resolved config; plain data, so a worker thread can receive it. */
export interface MarkdownSettings {
  syntaxHighlight: unknown;
  shikiConfig: unknown;
  gfm?: boolean | undefined;
  smartypants?: unknown;
  srcDir: string;
}

export const markdownSettings = (config: AstroConfig): MarkdownSettings => {
  const markdown = config.markdown as AstroConfig['markdown'] & { smartypants?: unknown; gfm?: boolean };
  return {
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig ?? {},
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
    srcDir: fileURLToPath(config.srcDir),
  };
};

export async function createMdxRenderer(
  processorConfig: unknown,
  markdown: MarkdownSettings,
  components: Components,
): Promise<MdxRenderer> {
  const processor = processorConfig as { name: string; options?: UnifiedOptions };
  if (processor.name !== 'unified' || !processor.options)
    throw new Error('entries are rendered with markdown.processor: unified({...}) from @astrojs/markdown-remark');
  const options = processor.options;
  // Astro's MDX processor is internal to @astrojs/markdown-remark (its `#mdx-processor` import).
  const dir = dirname(createRequire(import.meta.url).resolve('@astrojs/markdown-remark'));
  const { createMdxProcessor } = (await import(
    /* @vite-ignore */ pathToFileURL(join(dir, 'mdx/create-processor.js')).href
  )) as {
    createMdxProcessor: (mdxOptions: object, extra: object) => Processor & { attachers: Attacher[] };
  };
  // The options @astrojs/mdx resolves: the processor's gfm and smartypants win over markdown.*.
  const full = createMdxProcessor(
    {
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig ?? {},
      gfm: options.gfm ?? markdown.gfm ?? true,
      smartypants: options.smartypants ?? markdown.smartypants ?? true,
      remarkPlugins: options.remarkPlugins.filter((p) => typeof p !== 'string'),
      rehypePlugins: options.rehypePlugins.filter((p) => typeof p !== 'string'),
      remarkRehype: options.remarkRehype,
      recmaPlugins: [],
      optimize: false,
    },
    { sourcemap: false },
  );
  const cut = full.attachers.findIndex(([plugin]) => plugin.name === 'rehypeRecma');
  if (cut < 0)
    throw new Error('@astrojs/markdown-remark changed: its MDX processor has no rehype-recma step to stop before');
  const pipeline = unified();
  for (const [plugin, ...args] of full.attachers.slice(0, cut)) {
    if (JS_ONLY.has(plugin.name)) continue;
    pipeline.use((SWAPPED[plugin.name] ?? plugin) as never, ...(args as never[]));
  }
  pipeline.freeze();

  return async (body, path, frontmatter) => {
    const file = new VFile({
      value: body,
      path,
      data: {
        astro: { frontmatter: { ...frontmatter } },
        applyFrontmatterExport: { srcDir: pathToFileURL(`${markdown.srcDir}/`) },
      },
    });
    let facts: BodyFacts;
    let tree: Root;
    try {
      const source = pipeline.parse(file) as MdastRoot;
      // The link graph's facts come from this same parse, before the plugins change the tree.
      facts = analyzeBody(source);
      tree = (await pipeline.run(source, file)) as Root;
    } catch (error) {
      // MDX syntax errors carry the line and column; say which file, as the checks do.
      const { line, column, reason, message } = error as {
        line?: number;
        column?: number;
        reason?: string;
        message: string;
      };
      throw new Error(`${path}${line ? `:${line + lineOffset(path, body)}:${column ?? 1}` : ''}  ${reason ?? message}`);
    }
    const html = toAstroHtml(tree, components, (message, node) => {
      const at = node.position
        ? `:${node.position.start.line + lineOffset(path, body)}:${node.position.start.column}`
        : '';
      throw new Error(`${path}${at}  ${message}`);
    });
    return {
      html,
      frontmatter: (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter,
      headings: (file.data.astro as { headings?: MarkdownHeading[] }).headings ?? [],
      facts: graphFacts(facts),
    };
  };
}

/** Lines above the body in its file (the frontmatter), so an error names the file's own line. */
function lineOffset(path: string, body: string): number {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const at = text.indexOf(body.slice(0, 200));
  return at > 0 ? text.slice(0, at).split('\n').length - 1 : 0;
}
