import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { emitIntegration, finalChecks } from './integration.ts';
import { quickSearch } from './quick-search.ts';
import type { Step } from './step.ts';
import { builtSiteChecks } from './steps/built-site-checks.ts';
import { contentSecurityPolicy } from './steps/csp.ts';
import { mermaidFallback } from './steps/mermaid.ts';
import { searchIndex } from './steps/search-index.ts';
import { socialCards } from './steps/social-cards.ts';

/*
 * What happens to the built pages once Astro has written them, in order (as Quartz lists its
 * emitters): each page of dist/ is read once (checks/dist/read-page.ts) and handed to every step
 * below in this order; then each step finishes. A step that changes a page (the policy) hands the
 * next ones the changed page. Working on the written pages, not in Astro's middleware, holds
 * whichever process rendered them (Astro's parallel prerender workers) and whatever Astro restored.
 *
 * Before the steps, the quick-search bundle is written; after them, @astrojs/sitemap lists the
 * pages, without the redirects the reading found; last, the built-site checks read every page as
 * it will be served (the readings the steps kept up to date) and every file, sitemap included.
 */
const steps = (): Step[] => [
  // Which pages render a diagram in the browser: ships mermaid's bundle for them.
  mermaidFallback(),
  // The social card of each page, from the og: meta it carries.
  socialCards(),
  // The Pagefind index of each page's marked content, spaced between blocks.
  searchIndex(),
  // The Content-Security-Policy <meta>, hashing the page's inline scripts; then `_headers`.
  contentSecurityPolicy(),
  // The pages as they will be served, kept for the built-site checks, which run once the sitemap is written.
  builtSiteChecks(),
];

export function postBuild(): AstroIntegration[] {
  const emit = emitIntegration(steps);
  return [
    quickSearch(),
    emit,
    sitemap({ filter: (page) => !emit.redirects.has(new URL(page).pathname) }),
    finalChecks(emit),
  ];
}
