import { REQUIRED_META } from '../../model/social-meta.ts';
import type { Problem } from '../../report/problems.ts';
import type { RuleId } from '../../report/rules.ts';
import { type DistPage, type DistSite, readDist } from './pages.ts';

/*
 * Link previews in the built site: every page a reader can land on carries the og: and twitter:
 * meta, its og:url is its own address, and its card image was written. Redirect pages are
 * exempt: chat apps follow them to the page they point to.
 */
export async function checkDistSocial(dist: string | DistSite<DistPage>, base = '/'): Promise<Problem[]> {
  const site = typeof dist === 'string' ? await readDist(dist) : dist;
  const prefix = base.replace(/\/$/, '');
  const problems: Problem[] = [];
  const report = (url: string, rule: RuleId, message: string) =>
    problems.push({ file: `dist${url}`, line: 1, column: 1, rule, message });
  for (const page of site.pages) {
    if (page.redirect || !page.file.endsWith('.html')) continue;
    const missing = REQUIRED_META.filter((name) => !page.meta.get(name)?.trim());
    if (missing.length) {
      report(
        page.url,
        'missing-preview-meta',
        `${prefix}${page.url} has no ${missing.join(', ')}: render the page with BaseLayout, which adds them ` +
          `(src/components/social-meta.astro)`,
      );
      continue;
    }
    const ogUrl = new URL(page.meta.get('og:url')!).pathname;
    const own = `${prefix}${page.url}`;
    if (ogUrl !== own && !page.file.endsWith('404.html'))
      report(page.url, 'wrong-preview-url', `og:url of ${own} is ${ogUrl}: it must be the page's own address`);
    const image = new URL(page.meta.get('og:image')!).pathname;
    if (!image.startsWith(`${prefix}/`) || !site.files.has(decodeURIComponent(image.slice(prefix.length)))) {
      report(
        page.url,
        'missing-card',
        `the social card ${image} of ${own} was not written: is socialCardsIntegration() in astro.config.mjs?`,
      );
    }
  }
  return problems;
}
