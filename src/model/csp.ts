import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every page carries. Scripts run only from this site or when their
 * exact text was hashed at build time: the hashes are computed from the built HTML, so a script a
 * component adds tomorrow is covered without anyone editing a list. Scripts inside the entry text
 * (`[data-published-anchors]`, the rendered MDX) are never hashed: content ships no script, and if
 * one slipped past the checks the browser still refuses to run it.
 *
 * - 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
 * - style-src 'unsafe-inline': the inline diagram SVGs carry mermaid's <style> and style attributes.
 */
export const CONTENT_ATTRIBUTE = 'data-published-anchors';
export const CONTENT_SCOPE = `[${CONTENT_ATTRIBUTE}]`;

const BASE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The CSP source expression of a script's text, exactly as the browser hashes it. */
export const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page with these inline-script hashes. */
export function policy(hashes: Iterable<string>): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()].join(' ');
  return [BASE_DIRECTIVES[0], `script-src ${scripts}`, ...BASE_DIRECTIVES.slice(1)].join('; ');
}

/** The hashes a policy allows in script-src. */
export function allowedHashes(content: string): Set<string> {
  const directive =
    content
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src ')) ?? '';
  return new Set(directive.split(/\s+/).filter((t) => t.startsWith("'sha256-")));
}

/**
 * For hosts that read a `_headers` file (Netlify, Cloudflare Pages): the same rules as a header,
 * with the union of every page's hashes (each page's own <meta> narrows it), plus what a <meta>
 * tag cannot say: no framing by other sites.
 */
export function headersFile(base: string, hashes: Iterable<string>): string {
  return [
    `${base.replace(/\/?$/, '/')}*`,
    `  Content-Security-Policy: ${policy(hashes)}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
