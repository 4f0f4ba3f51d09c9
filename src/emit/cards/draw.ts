import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD, type CardText } from '../../model/social-meta.ts';

/*
 * The social card's template (1200×630 JPEG), drawn without a browser, with Skia (@napi-rs/canvas).
 * Drawing takes well under a millisecond; reading the pixels back and encoding the JPEG (about 8 ms)
 * is the real cost. Fonts come from the @fontsource/inter package, so a build downloads nothing.
 * The cache of drawn cards is card.ts.
 */

const require = createRequire(import.meta.url);
/**
 * What draws a card besides its text: this file (the layout below), the image's size, format and
 * quality (CARD), the Skia binding and the font, at their installed versions. Part of every card's
 * cache key, so a change to any of them redraws the cards instead of reusing ones drawn before it.
 */
export const DRAWN_BY = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(JSON.stringify(CARD))
  .update(readFileSync(require.resolve('@napi-rs/canvas/package.json')))
  .update(readFileSync(require.resolve('@fontsource/inter/package.json')))
  .digest('hex');
let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  for (const weight of [400, 700])
    GlobalFonts.registerFromPath(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`), 'Inter');
  fontsReady = true;
}

const PAD_X = 72;
const TEXT_WIDTH = CARD.width - 2 * PAD_X;
/** The rule above the site's name. */
const RULE_Y = CARD.height - 112;

/** Greedy word wrap to `width`; past `maxLines`, the last line ends in an ellipsis. */
function wrapLines(measure: (text: string) => number, text: string, width: number, maxLines: number) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && measure(`${last}…`) > width) last = last.replace(/\s+\S*$/, '');
  kept[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, '')}…`;
  return kept;
}

function paragraph(ctx: SKRSContext2D, text: string, top: number, size: number, lineHeight: number, max: number) {
  const lines = wrapLines((t) => ctx.measureText(t).width, text, TEXT_WIDTH, max);
  // Canvas text is placed by its baseline: about 0.95 of the font size below the top of its line.
  for (const [i, line] of lines.entries()) ctx.fillText(line, PAD_X, top + i * size * lineHeight + size * 0.95);
  return top + lines.length * size * lineHeight;
}

let canvas: Canvas | undefined;

/** Draws the card: the kind of page, the title, the summary, and the site's name at the foot. */
function drawCard({ title, kind, summary, siteName }: CardText) {
  registerFonts();
  // One canvas per thread, drawn over for each card: Skia's pixels live outside V8's heap, so
  // the garbage collector, which does not see them, let thousands of fresh canvases pile up (14 GB
  // at 6,800 cards) before freeing any.
  canvas ??= createCanvas(CARD.width, CARD.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  ctx.fillStyle = '#0b5cad';
  ctx.fillRect(0, 0, CARD.width, 16);
  ctx.font = '700 30px Inter';
  ctx.letterSpacing = '2px';
  let y = paragraph(ctx, kind.toUpperCase(), 64, 30, 1.2, 1);
  ctx.letterSpacing = '0px';
  ctx.fillStyle = '#1d2127';
  const titleSize = title.length > 60 ? 56 : 68;
  ctx.font = `700 ${titleSize}px Inter`;
  y = paragraph(ctx, title, y + 20, titleSize, 1.15, 3);
  ctx.fillStyle = '#59616d';
  ctx.font = '400 30px Inter';
  // The summary takes the lines left above the rule at the foot, with a little air.
  paragraph(ctx, summary, y + 28, 30, 1.4, Math.max(1, Math.floor((RULE_Y - 24 - (y + 28)) / 42)));
  ctx.fillStyle = '#d9dde3';
  ctx.fillRect(PAD_X, RULE_Y, TEXT_WIDTH, 2);
  ctx.fillStyle = '#1d2127';
  ctx.font = '700 28px Inter';
  paragraph(ctx, siteName, CARD.height - 90, 28, 1.2, 1);
  return canvas;
}

/** The card as a JPEG; encoded before the shared canvas is drawn over for the next card. */
export const cardJpeg = (text: CardText): Buffer => drawCard(text).toBuffer('image/jpeg', CARD.quality);
