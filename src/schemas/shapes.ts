/**
 * The shape of an entry: the h2 sections a reader can count on, by pinned id, so that a design
 * review can link `/techniques/focal-loss/#limits` on any technique. The heading text is the
 * author's; the id is fixed. Each collection lists its sections in src/schemas/registry.ts;
 * `npm run check` reports a missing one (rule `entry-shape`).
 */
export interface RequiredSection {
  /** The heading id, pinned in MDX as `## Heading text \{#id}`. */
  id: string;
  /** A suggested heading, used in the error message. */
  heading: string;
  /** What the section must say, in an author's words. */
  says: string;
}

export const section = (id: string, heading: string, says: string): RequiredSection => ({ id, heading, says });

/** Entries shorter than this many words of prose read as stubs (unattributed collections aside). */
export const MIN_PROSE_WORDS = 150;

/** Prose talks about the lesson, not about the guide: at most this many mentions per entry. */
export const MAX_GUIDE_MENTIONS = 1;
