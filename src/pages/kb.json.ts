import type { APIRoute } from 'astro';
import { kbData } from '../model/kb-site.ts';

/** `/kb.json`: entries, their links and sources, the sources and the tags (src/model/kb-json.ts says what each field means). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await kbData(site), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
