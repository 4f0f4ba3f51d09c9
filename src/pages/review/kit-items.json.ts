import type { APIRoute } from 'astro';
import { siteKit } from '../../model/site-kit.ts';

/**
 * `/review/kit-items.json`: every item a review kit can list, and the labels of challenges and
 * stages. The kit pages fetch it once, when "Copy as Markdown" or the picker needs it, rather than
 * each carrying its own copy (at 5,000 entries that copy was most of every kit page).
 */
export const GET: APIRoute = async () => {
  const { items, labels } = await siteKit();
  return new Response(JSON.stringify({ items, labels }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
