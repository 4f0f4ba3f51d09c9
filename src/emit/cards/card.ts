import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD, type CardText } from '../../model/social-meta.ts';
import { cardJpeg, DRAWN_BY } from './draw.ts';

export type { CardText };

/*
 * The cache of social cards (the template is draw.ts): each card is kept under the hash of its
 * text and of what draws it, so a rebuild only draws the cards of pages whose text changed, and a
 * change to the template, its settings or its packages draws them all again.
 */

/** Where cards are cached: .cache/social-cards/ (survives npm ci), or KB_CARD_CACHE. */
export const cardCacheDir = (root: string) => process.env.KB_CARD_CACHE ?? join(root, '.cache/social-cards');

/** Named field by field: the same text gives the same card, however the object holding it was built. */
const cardHash = ({ title, kind, summary, siteName }: CardText) =>
  createHash('sha256')
    .update(JSON.stringify([DRAWN_BY, title, kind, summary, siteName]))
    .digest('hex')
    .slice(0, 20);

/** Where the card for `text` is (or will be) in the cache folder. */
export const cardFile = (text: CardText, cacheDir: string) => join(cacheDir, `${cardHash(text)}.${CARD.extension}`);

/**
 * The file of the card for `text` in the cache folder, drawn and written there first if it was not
 * (`drawn`).
 */
export function cardInCache(text: CardText, cacheDir: string): { file: string; drawn: boolean } {
  const file = cardFile(text, cacheDir);
  if (existsSync(file)) return { file, drawn: false };
  const image = cardJpeg(text);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a build running at the same time never reads half a card.
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, image);
  renameSync(part, file);
  return { file, drawn: true };
}

/*
 * A card goes into the site as a hard link to the cache: no data written (at 5,000 entries the
 * cards are 360 MB, which copies made the kernel write while Astro wrote pages). The cache is
 * content-addressed and only ever replaced by rename, so a linked card cannot change under the
 * site. A file already at the target (an earlier build's card, maybe a link into the cache) is
 * removed first, never written through. Another file system (EXDEV) gets a copy.
 */
export function placeCard(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyFileSync(from, to);
    unlinkSync(to);
    linkSync(from, to);
  }
}
