import { resolve } from 'node:path';
import { configError } from '../report/config-error.ts';

/*
 * The settings the build reads from the environment, read here so that every part of the build
 * (astro.config.mjs, the entries' loader, the checks) sees the same values. A setting that changes
 * what an entry renders to also belongs in RENDER_ENV (src/ingest/render/render-key.ts).
 */

/**
 * Where the content lives. `KB_CONTENT_DIR` lets tests and the benchmark build the same site
 * from a fixture or a generated knowledge base; everyone else gets `./content`.
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.KB_CONTENT_DIR ?? 'content');
}

/**
 * Where the site is served: `SITE_URL` and `BASE_PATH` let the same build deploy under any host
 * and sub-path. The links an entry renders to and the pages that hold them use these same values,
 * so the base path is given one form (`/` or `/kb/`, as Astro writes it), and a value that is no
 * address or path stops the build here, naming the setting, instead of breaking every link.
 */
export function siteUrls(): { site: string; base: string } {
  return { site: siteUrl(process.env.SITE_URL), base: basePath(process.env.BASE_PATH) };
}

function siteUrl(value = 'https://kb.example.org'): string {
  const protocol = URL.canParse(value) ? new URL(value).protocol : '';
  if (protocol === 'https:' || protocol === 'http:') return value;
  throw configError(
    `SITE_URL "${value}" is not an absolute http(s) address`,
    'write the address the site is published at in full, e.g. SITE_URL=https://kb.example.org',
  );
}

/** A URL path segment that needs no escaping, and no `.` or `..`. */
const SEGMENT = /^(?!\.{1,2}$)[\w.~-]+$/;

function basePath(value = '/'): string {
  const segments = value.split('/').filter(Boolean);
  if (segments.every((s) => SEGMENT.test(s))) return segments.length ? `/${segments.join('/')}/` : '/';
  throw configError(
    `BASE_PATH "${value}" is not a path on the site`,
    'give the sub-path the site is served under, e.g. BASE_PATH=/kb/ (letters, digits, ".", "_", "~" and "-")',
  );
}
