import { Feed } from 'feed';
import type { HistoryDate } from './git-dates.ts';

/*
 * An Atom feed of new and changed entries, newest first, from their git dates (src/model/git-dates.ts),
 * written by the `feed` library (which escapes the XML). An entry whose file has no history is left out;
 * the feed's own <updated> is its newest entry's, never the clock's, so the same checkout gives the same feed.
 */
interface FeedEntry {
  title: string;
  summary: string;
  url: string;
  /** What kind of entry it is ("Technique"), as an Atom category. */
  kind: string;
  updated?: HistoryDate | undefined;
  created?: HistoryDate | undefined;
}
interface FeedSite {
  title: string;
  summary: string;
  siteUrl: string;
  feedUrl: string;
  licence: string;
}

/** How many entries the feed carries: enough for a reader that polls weekly, small enough to fetch often. */
const FEED_SIZE = 50;

/**
 * The library writes titles and summaries as `type="html"` in CDATA: plain text must be escaped as
 * HTML first, or a title holding `<b>` would be read as markup (and `]]>` would end the CDATA).
 */
const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function atomFeed(site: FeedSite, entries: FeedEntry[]): string {
  const time = (d: HistoryDate) => new Date(d.date).getTime();
  const dated = entries
    .filter((e): e is FeedEntry & { updated: HistoryDate } => e.updated !== undefined)
    .sort((a, b) => time(b.updated) - time(a.updated) || a.url.localeCompare(b.url))
    .slice(0, FEED_SIZE);
  const feed = new Feed({
    id: site.siteUrl,
    title: site.title,
    description: site.summary,
    link: site.siteUrl,
    // With no dated entry (a copy outside git), the feed is as old as it can be rather than as new as the build.
    updated: new Date(dated[0] ? time(dated[0].updated) : 0),
    feedLinks: { atom: site.feedUrl },
    copyright: site.licence,
    generator: false,
    // Atom requires an author of the feed or of every entry: the site stands for its authors.
    author: { name: site.title, link: site.siteUrl },
  });
  for (const e of dated) {
    // The commit that created the file also last changed it: a new entry; otherwise an edit.
    const isNew = e.created !== undefined && e.created.date === e.updated.date && !e.created.bound;
    feed.addItem({
      title: asHtml(`${isNew ? 'New' : 'Updated'}: ${e.title}`),
      id: e.url,
      link: e.url,
      date: new Date(e.updated.date),
      ...(e.created && !e.created.bound && { published: new Date(e.created.date) }),
      description: asHtml(e.summary),
      category: [{ name: e.kind, term: e.kind }],
    });
  }
  return feed.atom1();
}
