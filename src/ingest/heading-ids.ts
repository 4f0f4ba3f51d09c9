import GithubSlugger from 'github-slugger';
import type { Heading, PhrasingContent, Root } from 'mdast';
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

/** A pin written inside emphasis, a link or code: it sets the id but is printed in the heading. */
export interface MisplacedPin {
  /** Where it starts in the file: its `\{`, or its `{` in a code span. */
  line: number;
  column: number;
  /** The markup holding it, e.g. `strong`. */
  inside: PhrasingContent['type'];
  pin: string;
  /** Whether that markup holds the whole heading, so that the fix can be written out in full. */
  whole: boolean;
}

interface HeadingId {
  node: Heading;
  misplaced: MisplacedPin | null;
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
    const misplaced = id === null ? null : misplacedPin(node);
    out.push({ node, text, id: id ?? slugger.slug(text), pinned: id !== null, aliases, misplaced });
  });
  return out;
}

/**
 * A pin is read from the heading's text as a whole, but only a pin at the end of the heading's own
 * text is removed from what it prints (remark-heading-ids.ts): find one that sits deeper.
 */
function misplacedPin(heading: Heading): MisplacedPin | null {
  let holder: PhrasingContent | Heading = heading;
  let leaf = heading.children.at(-1);
  while (leaf && 'children' in leaf && leaf.children.length) {
    holder = leaf;
    leaf = leaf.children.at(-1);
  }
  if (!leaf || !('value' in leaf) || !leaf.position || !PINNED.test(leaf.value)) return null;
  const inside = leaf.type === 'inlineCode' ? 'inlineCode' : holder.type === 'heading' ? null : holder.type;
  if (!inside) return null;
  const brace = leaf.value.lastIndexOf('{');
  // The pin ends its node (a code span's before its closing backtick), and MDX text writes its brace as `\{`.
  const end = leaf.position.end;
  const column = end.column - (leaf.value.length - brace) - 1;
  const whole = heading.children.length === 1 && holder === heading.children[0];
  return { line: end.line, column, inside, pin: leaf.value.slice(brace).trimEnd(), whole };
}
