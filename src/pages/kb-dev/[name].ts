import { serving } from 'virtual:kb/dev';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentVersion } from '../../model/site-data.ts';

/**
 * `/kb-dev/content-version` in `npm run dev` only: the version of what a page would show now (the
 * content as Astro's loaders hold it, and the checks' problems). Each open page compares it with the
 * version it was rendered from (components/dev-reload.astro) and reloads when they differ. A build
 * gets no path from here, so it writes nothing.
 */
export const getStaticPaths: GetStaticPaths = () => (serving ? [{ params: { name: 'content-version' } }] : []);

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: await contentVersion() }), {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
