import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardText } from '../../src/model/social-meta.ts';

/*
 * The social-card cache (src/emit/cards/card.ts) hands a build any card already under the card's
 * key. The key must change with everything that changes the image, or a build ships a card drawn
 * at an old size or quality: the image's size, format and quality come from CARD in
 * src/model/social-meta.ts, which the page's og:image:width and og:image:height also state.
 */
const text: CardText = { title: 'Feature stores', kind: 'Practice', summary: 'One summary.', siteName: 'KB' };
const SOCIAL_META = '../../src/model/social-meta.ts';

/** The cache file for `text`, with CARD as social-meta.ts has it, or changed by `change`. */
async function cacheFileWith(change?: { quality?: number; width?: number; height?: number }): Promise<string> {
  vi.resetModules();
  if (change)
    vi.doMock(SOCIAL_META, async (original) => {
      const actual = await original<typeof import('../../src/model/social-meta.ts')>();
      return { ...actual, CARD: { ...actual.CARD, ...change } };
    });
  const { cardFile } = await import('../../src/emit/cards/card.ts');
  return cardFile(text, '/cache');
}

afterEach(() => {
  vi.doUnmock(SOCIAL_META);
  vi.resetModules();
});

describe('the social-card cache key', () => {
  it('is the same for the same text and settings', async () => {
    expect(await cacheFileWith()).toBe(await cacheFileWith());
  });

  it.each([
    ['quality', { quality: 60 }],
    ['width', { width: 1000 }],
    ['height', { height: 500 }],
  ] as const)('changes with the card %s', async (_, change) => {
    const before = await cacheFileWith();
    expect(await cacheFileWith(change)).not.toBe(before);
  });
});
