import type { APIRoute, GetStaticPaths } from 'astro';
import { keyOf } from '../../model/graph.ts';
import { entryTwin } from '../../model/kb-entry.ts';
import { siteData } from '../../model/site-data.ts';

/** `/<collection>/<id>.md`: the Markdown twin of each entry page (src/model/kb-text.ts); old ids get none. */
export const getStaticPaths = (async () => {
  const { entries } = await siteData();
  return [...entries.values()].map((e) => ({ params: { collection: e.collection, id: e.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await entryTwin(keyOf({ collection: params.collection!, id: params.id! }), site), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
