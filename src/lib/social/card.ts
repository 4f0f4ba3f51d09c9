import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/*
 * Social cards (1200×630 PNG) drawn without a browser: satori lays out the card as SVG, resvg
 * rasterises it. Fonts come from the @fontsource/inter package, so a build downloads nothing.
 * Each card is cached under the hash of its text and of this template, so a rebuild only draws
 * the pages whose title, kind or summary changed.
 */
export interface CardText {
  title: string;
  kind: string;
  summary: string;
  siteName: string;
}

/** Bump when the drawing below changes, so cached cards are redrawn. */
const TEMPLATE_VERSION = '1';
const require = createRequire(import.meta.url);
const fontFile = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(fontFile(weight)),
    weight,
    style: 'normal' as const,
  })));

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;

// satori takes a React-like element tree; plain objects avoid a JSX toolchain.
type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string | undefined };
};
const el = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

function card({ title, kind, summary, siteName }: CardText): Node {
  const long = title.length > 60;
  // satori sizes boxes without their padding and border (content-box): 1056 + 2×72 = 1200, 518 + 2×48 + 16 = 630.
  return el(
    'div',
    {
      width: 1056,
      height: 518,
      display: 'flex',
      flexDirection: 'column',
      padding: '48px 72px',
      background: '#ffffff',
      color: '#1d2127',
      fontFamily: 'Inter',
      borderTop: '16px solid #0b5cad',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', width: 1056, flexGrow: 1 }, [
        el(
          'div',
          { fontSize: 30, fontWeight: 700, color: '#0b5cad', textTransform: 'uppercase', letterSpacing: 2 },
          kind,
        ),
        el('div', { fontSize: long ? 56 : 68, fontWeight: 700, lineHeight: 1.15, marginTop: 20 }, clip(title, 110)),
        el('div', { fontSize: 30, lineHeight: 1.4, color: '#59616d', marginTop: 28 }, clip(summary, 200)),
      ]),
      el(
        'div',
        {
          display: 'flex',
          width: 1056,
          fontSize: 28,
          fontWeight: 700,
          color: '#1d2127',
          borderTop: '2px solid #d9dde3',
          paddingTop: 20,
        },
        siteName,
      ),
    ],
  );
}

export const cardHash = (text: CardText) =>
  createHash('sha256')
    .update(JSON.stringify([TEMPLATE_VERSION, text]))
    .digest('hex')
    .slice(0, 20);

export async function renderCard(text: CardText): Promise<Buffer> {
  const svg = await satori(card(text) as never, { width: 1200, height: 630, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

/** The card for `text`, from the cache folder when it was drawn before; `drawn` says whether it was. */
export async function cachedCard(text: CardText, cacheDir: string): Promise<{ png: Buffer; drawn: boolean }> {
  const file = join(cacheDir, `${cardHash(text)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), drawn: false };
  const png = await renderCard(text);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a build running at the same time never reads half a card.
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
  return { png, drawn: true };
}
