import { defineMiddleware } from 'astro:middleware';
import { outputFile, pageHooksActive, runPageHooks } from './lib/page-hooks.ts';

/*
 * During a build, each rendered HTML page goes through the hooks the integrations registered
 * (lib/page-hooks.ts: search index, social card, CSP, built-site checks) before Astro writes it.
 * Outside a build no hook is registered and pages pass through untouched.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!pageHooksActive() || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await runPageHooks(outputFile(context.url.pathname, base), await response.text());
  // Bytes, not a string: a string body is checked for lone surrogates and encoded again (a tenth of a second per 5,000 pages).
  const body = Buffer.from(html);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
