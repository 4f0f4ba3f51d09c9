import type { APIRoute } from 'astro';
import { contentVersion } from '../../model/site-data.ts';

/**
 * `/_kb/dev/content-version` in `npm run dev` only (src/checks/content/dev.ts injects it): the version
 * of what a page would show now (the content as Astro's loaders hold it, and the checks'
 * problems). Each open page compares it with the version it was rendered from
 * (components/dev-reload.astro) and reloads when they differ.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: await contentVersion() }), {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
