import type { Root } from 'mdast';
import type { MisplacedPin } from './heading-ids.ts';

/*
 * What the checks and the link graph need to know about an entry's body, read once from its
 * Markdown syntax tree (src/ingest/parse.ts) by body.ts: citations, links, heading anchors, diagrams
 * and the blocks that make claims.
 */

/** A place in the file: 1-based line and column. */
export interface Located {
  line: number;
  column: number;
}
interface BodyCitation extends Located {
  key: string;
  unconfirmed: boolean;
  /** The `guide_only` claim an unconfirmed flag names, if it names one. */
  claim?: string | undefined;
}
interface BodyLink extends Located {
  href: string;
}
export interface BodyHeading extends Located {
  depth: number;
  text: string;
  slug: string;
  pinned: boolean;
  aliases: string[];
  /** A pin written inside emphasis, a link or code, where the page would print it. */
  misplaced: MisplacedPin | null;
}
interface BodyDiagram extends Located {
  code: string;
}
/** A paragraph, list item or table row: the units that must carry a citation. */
export interface BodyBlock extends Located {
  kind: 'paragraph' | 'list item' | 'table row';
  text: string;
  cited: boolean;
  guidance: boolean;
  /** Nothing but links and punctuation: a "see also" line. */
  linkOnly: boolean;
  /** Contains at least one link: short text around links is navigation, not a claim. */
  navigation: boolean;
  /** The block's text outside links. */
  ownText: string;
  /** A table's header row names columns; it states nothing. */
  header: boolean;
}

/**
 * What the site (link graph, review kit) reads of a body: its sources, links and headings, and each
 * citation (for the provenance line). The entries' loader keeps it with the rendered HTML
 * (plugins/remark-graph-facts.ts).
 */
export type GraphFacts = Pick<BodyFacts, 'sources' | 'links' | 'headings' | 'citations'>;
export const graphFacts = ({ sources, links, headings, citations }: BodyFacts): GraphFacts => ({
  sources,
  links,
  headings,
  citations,
});

export interface BodyFacts {
  citations: BodyCitation[];
  /** The first line after the frontmatter: where problems about the whole body point. */
  bodyLine: number;
  /** Cited source ids in the order the page numbers them. */
  sources: string[];
  links: BodyLink[];
  headings: BodyHeading[];
  diagrams: BodyDiagram[];
  blocks: BodyBlock[];
  /** Explicit `id` attributes written in JSX, e.g. `<span id="model-choice">`. */
  ids: (Located & { id: string })[];
  /** Headings followed by nothing before the next heading of the same or a higher level. */
  emptySections: Located[];
  /** The syntax tree, for the rules that walk it; no body when it does not parse. */
  tree: Root;
  /** The deepest nesting of lists, block quotes and elements, and where it is reached. */
  nesting: Located & { depth: number };
  /** False when the body was not read (a syntax error, or nested too deep): rules about its text skip it. */
  read: boolean;
  /** Why the body is not valid MDX, where it is not. */
  syntaxError: (Located & { message: string }) | null;
}
