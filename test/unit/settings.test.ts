import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteUrls } from '../../src/ingest/settings.ts';

/*
 * SITE_URL and BASE_PATH reach Astro's config and every link an entry renders to. A base path
 * written without its slashes used to reach the two in different forms (582 broken links, each
 * blamed on an entry), and an address without its scheme reached Astro's own "Invalid URL". Now
 * each is given one form or refused with the setting's name and its fix.
 */
afterEach(() => {
  vi.unstubAllEnvs();
});
const withEnv = (name: 'SITE_URL' | 'BASE_PATH', value: string) => {
  vi.stubEnv(name, value);
  return siteUrls();
};

describe('the settings the build reads from the environment', () => {
  it('defaults to the placeholder address at the root', () => {
    vi.stubEnv('SITE_URL', undefined);
    vi.stubEnv('BASE_PATH', undefined);
    expect(siteUrls()).toEqual({ site: 'https://kb.example.org', base: '/' });
  });

  it.each([
    ['docs', '/docs/'],
    ['/docs', '/docs/'],
    ['docs/', '/docs/'],
    ['/team/kb/', '/team/kb/'],
    ['', '/'],
    ['/', '/'],
  ])('writes BASE_PATH %j as %j, the form Astro gives its base', (value, base) => {
    expect(withEnv('BASE_PATH', value).base).toBe(base);
  });

  it.each(['https://example.org/kb', '../kb', '/kb/./x', 'team kb', 'kb?x=1', 'kb#top'])(
    'refuses BASE_PATH %j, naming it and the fix',
    (value) => {
      expect(() => withEnv('BASE_PATH', value)).toThrow(`BASE_PATH "${value}" is not a path on the site`);
      expect(() => withEnv('BASE_PATH', value)).toThrow(
        expect.objectContaining({ hint: expect.stringContaining('/kb/') }),
      );
    },
  );

  it.each(['kb.example.org', 'ftp://kb.example.org', '', '/kb/'])(
    'refuses SITE_URL %j, naming it and the fix',
    (value) => {
      expect(() => withEnv('SITE_URL', value)).toThrow(`SITE_URL "${value}" is not an absolute http(s) address`);
    },
  );

  it('keeps an http(s) address as given', () => {
    expect(withEnv('SITE_URL', 'https://ml.example.com/handbook').site).toBe('https://ml.example.com/handbook');
  });
});
