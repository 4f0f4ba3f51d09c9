import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Heading ids, computed once for both the page and the checks. Pinned ids:
 * `## How teams applied it \{#applied}` keeps the anchor `#applied` however the heading is
 * reworded; old anchors follow as aliases: `\{#applied #how-teams-applied-it}`. In MDX the brace
 * must be escaped (`\{`), as in Docusaurus; both spellings are accepted. Other headings get
 * GitHub's slug of their text, as Astro's own slugger would.
 */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PINNED = new RegExp(`\\s*\\\\?\\{(#${ID}(?:\\s+#${ID})*)\\}\\s*$`);

interface PinnedId {
  text: string;
  id: string | null;
  aliases: string[];
}

export function splitPinnedId(text: string): PinnedId {
  const m = PINNED.exec(text);
  if (!m) return { text, id: null, aliases: [] };
  const [id, ...aliases] = m[1]!.split(/\s+/).map((s) => s.slice(1));
  return { text: text.slice(0, m.index), id: id!, aliases };
}

interface HeadingId {
  node: Heading;
  /** The heading's text without its pinned ids. */
  text: string;
  id: string;
  pinned: boolean;
  aliases: string[];
}

/** Every heading of a Markdown tree with the id it gets on the page, in document order. */
export function headingIds(tree: Root): HeadingId[] {
  const slugger = new GithubSlugger();
  const out: HeadingId[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const { text, id, aliases } = splitPinnedId(textOf(node));
    out.push({ node, text, id: id ?? slugger.slug(text), pinned: id !== null, aliases });
  });
  return out;
}
