/**
 * What kind of address a URL in content is, read the way a browser reads it: browsers drop tabs,
 * newlines and leading control characters and treat `\` like `/`, so `java\tscript:` and `\\host`
 * are a scheme and another host too. The content-safety rule and the built-site check share this.
 */
type UrlKind =
  /** `/x/`, `#a`, `?q`, `x/`: on this site. */
  | { kind: 'site' }
  /** http(s) or `//host`: another host. */
  | { kind: 'remote'; host: string }
  | { kind: 'mailto' }
  /** Any other scheme: javascript:, data:, vbscript:, file:, blob: ... */
  | { kind: 'scheme'; scheme: string };

export function classifyUrl(raw: string): UrlKind {
  const url = raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '')
    .replace(/\\/g, '/');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote', host: hostOf(url) };
  if (scheme === 'mailto') return { kind: 'mailto' };
  if (scheme) return { kind: 'scheme', scheme };
  if (url.startsWith('//')) return { kind: 'remote', host: hostOf(`https:${url}`) };
  return { kind: 'site' };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A link may go anywhere on the web, but only through http(s), mailto or a path on this site. */
export function linkProblem(href: string): string | null {
  const u = classifyUrl(href);
  return u.kind === 'scheme' ? `uses the \`${u.scheme}:\` scheme, which can run code or hide content` : null;
}

/** Images and other resources load from this site only: nothing that makes a reader's browser call another host. */
export function resourceProblem(src: string): string | null {
  const u = classifyUrl(src);
  if (u.kind === 'scheme') return `uses the \`${u.scheme}:\` scheme, which can run code or hide content`;
  if (u.kind === 'remote') return `loads from another host (${u.host}), which every reader's browser would then call`;
  if (u.kind === 'mailto') return 'is a mailto: address, not an image';
  return null;
}
