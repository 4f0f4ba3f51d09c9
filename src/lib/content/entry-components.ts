/*
 * The components an entry's MDX may use, as functions from the rendered children to HTML. Entries
 * are rendered once when the content loads (src/loaders/rendered-mdx.ts), outside any page, so
 * their components are plain functions; src/components/guidance.astro prints the same function,
 * so a guidance block looks the same in an entry and on a page.
 */
export const guidanceHtml = (children: string) =>
  `<aside class="guidance" aria-label="Unattributed guidance"><p class="guidance-label"><span aria-hidden="true">◇</span> Unattributed guidance</p>${children}</aside>`;

export const ENTRY_COMPONENTS = { Guidance: guidanceHtml };
