import type { APIRoute } from 'astro';
import { llmsFullText } from '../model/kb-site.ts';

/** `/llms-full.txt`: every entry as Markdown in one file, citations resolved to titles and URLs. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await llmsFullText(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
