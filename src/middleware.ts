import { defineMiddleware } from 'astro:middleware';
import { addPage, liveIndex } from './lib/search-index.ts';

/*
 * While the build renders the pages, each page's HTML also goes to the search index (see
 * lib/search-index.ts), under the file Astro writes it to. Outside a build no index is open and
 * pages pass through untouched.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const live = liveIndex();
  if (!live || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const path = context.url.pathname.startsWith(base)
    ? context.url.pathname.slice(base.length)
    : context.url.pathname.replace(/^\//, '');
  // Astro's directory format: /x/ is written to x/index.html, /404 to 404.html, / to index.html.
  const file = path === '' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : `${path}.html`;
  addPage(live, file, await response.clone().text());
  return response;
});
