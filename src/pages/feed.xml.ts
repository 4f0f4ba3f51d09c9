import type { APIRoute } from 'astro';
import { feedXml } from '../model/kb-site.ts';

/** `/feed.xml`: an Atom feed of new and changed entries, from their git dates. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await feedXml(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
