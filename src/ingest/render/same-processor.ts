import { isDeepStrictEqual } from 'node:util';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroConfig, AstroIntegration } from 'astro';
import { configError } from '../../report/config-error.ts';
import { rehypePlugins, remarkPlugins, type SiteUrls } from '../plugins/index.ts';
import { siteUrls } from '../settings.ts';
import { highlightProblem } from './entry-renderer.ts';

/*
 * The entries' loader builds its plugin lists from src/ingest/plugins/index.ts in every thread that
 * renders (a plugin is a function, which cannot be handed to a helper thread), while @astrojs/mdx and
 * Astro's Markdown read `markdown.processor` in astro.config.mjs. Both must be the one list: a plugin
 * or option added to the config alone would run for them and never reach an entry's page, silently.
 * So the build and the dev server refuse, before any entry is rendered, a config that asks for more
 * than the loader runs. The check runs as an integration's `astro:config:done` hook, over the final
 * config (other integrations may add plugins), because only code that astro.config.mjs imports holds
 * the same plugin functions as the config: Astro loads the content config's modules anew.
 */
const FIX =
  'list plugins in src/ingest/plugins/index.ts, which both use, and keep `markdown: { processor: ' +
  'markdownProcessor({ base, site }) }` in astro.config.mjs';

/** What in `markdown` the loader would not run, or nothing. */
export function processorProblem(markdown: AstroConfig['markdown'], urls: SiteUrls): string | undefined {
  const { processor } = markdown;
  if (!processor || !isUnifiedProcessor(processor))
    return `markdown.processor is ${processor ? `"${processor.name}"` : 'not set'}, but the entries are rendered with unified()`;
  const { options } = processor;
  if (!isDeepStrictEqual(options.remarkPlugins, remarkPlugins(urls)))
    return 'markdown.processor runs other remark plugins, or other options for them, than the entries’ loader';
  if (!isDeepStrictEqual(options.rehypePlugins, rehypePlugins(urls)))
    return 'markdown.processor runs other rehype plugins, or other options for them, than the entries’ loader';
  if (Object.keys(options.remarkRehype).length > 0)
    return 'markdown.processor sets remarkRehype options, which the entries’ loader does not take';
  if (options.recmaPlugins.length > 0)
    return 'markdown.processor sets recma plugins, but entries are rendered to HTML, never compiled to JavaScript';
  const highlight = highlightProblem(markdown.syntaxHighlight);
  if (highlight) return highlight;
  // Deprecated in Astro 7 in favour of the processor's lists; the loader never reads them.
  for (const key of ['remarkPlugins', 'rehypePlugins'] as const)
    if ((markdown[key]?.length ?? 0) > 0)
      return `markdown.${key} is deprecated, and the entries’ loader does not run it`;
  return undefined;
}

/** Stops Astro at start-up with the problem: the file, what is wrong and the fix. */
export const sameProcessor = (): AstroIntegration => ({
  name: 'kb-same-processor',
  hooks: {
    'astro:config:done': ({ config }) => {
      const problem = processorProblem(config.markdown, siteUrls());
      if (problem) throw configError(`astro.config.mjs: ${problem}`, FIX);
    },
  },
});
