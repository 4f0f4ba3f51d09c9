import { base } from 'astro:config/client';

/** Every internal URL goes through here, so that the site works under any `base`. */
const BASE = base.replace(/\/$/, '');

export const url = (path: string) => `${BASE}${path.startsWith('/') ? path : `/${path}`}`;
export const entryUrl = (e: { collection: string; id: string }) => url(`/${e.collection}/${e.id}/`);
export const tagUrl = (tag: string) => url(`/tags/${tag}/`);
export const stageUrl = (stage: string) => url(`/stages/${stage}/`);
export const sourceUrl = (id: string) => url(`/sources/${id}/`);
export const outlineUrl = (section?: string) => url(`/guide/${section ? `#${section}` : ''}`);
/** `path` as an absolute address on `site` (Astro's configured SITE_URL), base path included. */
export const absoluteUrl = (site: URL | undefined) => (path: string) => new URL(url(path), site).href;
