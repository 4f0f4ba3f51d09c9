import type { APIRoute } from 'astro';
import { llmsIndex } from '../model/kb-site.ts';

/** `/llms.txt`: the index of the knowledge base for language models (https://llmstxt.org), from the site model. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await llmsIndex(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
