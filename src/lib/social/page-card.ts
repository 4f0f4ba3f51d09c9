import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { CardText } from './card.ts';

/*
 * The social card a rendered page asks for, read from the og: and twitter: meta of its <head>, so
 * the card and the link preview can never disagree. Read in the card thread (card-worker.ts): the
 * build's own thread only hands over the head.
 */
export interface PageCard {
  text: CardText;
  /** Where the card goes in the output folder. */
  target: string;
}

/** The first `content` of each `<meta property|name=…>`, by that name. */
function headMeta(head: string): Map<string, string> {
  const meta = new Map<string, string>();
  const parser = new Parser({
    onopentag(name, a) {
      if (name !== 'meta') return;
      for (const key of [a.property, a.name]) if (key !== undefined && !meta.has(key)) meta.set(key, a.content ?? '');
    },
  });
  parser.end(head);
  return meta;
}

/** The card of the page whose `<head>` this is; none when it has no og:image. */
export function pageCard(head: string, site: { base: string; out: string }): PageCard | undefined {
  const meta = headMeta(head);
  const get = (name: string) => meta.get(name) ?? '';
  const image = get('og:image');
  if (!image) return undefined;
  const path = new URL(image).pathname;
  if (!path.startsWith(site.base)) throw new Error(`og:image ${image} is outside the base path ${site.base}`);
  return {
    text: {
      title: get('og:title'),
      kind: get('twitter:data1'),
      summary: get('og:description'),
      siteName: get('og:site_name'),
    },
    target: join(site.out, path.slice(site.base.length)),
  };
}
