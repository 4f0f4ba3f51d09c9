import type { EntryCollection } from './vocab.ts';

/**
 * The shape of each kind of entry: the h2 sections a reader can count on, by pinned id, so that
 * a design review can link `/techniques/focal-loss/#limits` on any technique. The heading text
 * is the author's; the id is fixed. `npm run check` reports a missing one (rule `entry-shape`).
 */
export interface RequiredSection {
  /** The heading id, pinned in MDX as `## Heading text \{#id}`. */
  id: string;
  /** A suggested heading, used in the error message. */
  heading: string;
  /** What the section must say, in an author's words. */
  says: string;
}

const section = (id: string, heading: string, says: string): RequiredSection => ({ id, heading, says });

export const SHAPES: Record<EntryCollection, RequiredSection[]> = {
  challenges: [
    section('detect', 'How it shows up and how to detect it', 'the symptoms in production and the metrics or tests that reveal it'),
    section('causes', 'Why it happens', 'the mechanism behind it'),
    section('cases', 'What teams did', 'each case study, with its result'),
    section('remedies', 'Remedies and their costs', 'what to do about it and what each remedy costs'),
  ],
  techniques: [
    section('how-it-works', 'What it is and how it works', 'enough detail to implement it or choose a library'),
    section('when-to-use', 'When to use it', 'the problems it fits'),
    section('limits', 'When not to use it', 'costs, failure modes and alternatives'),
    section('evidence', 'Evidence from practice', 'the case studies that used it, with results'),
  ],
  practices: [
    section('why', 'What and why', 'what the practice is and why it pays'),
    section('how', 'How to do it', 'concrete steps'),
    section('pitfalls', 'Pitfalls', 'how it goes wrong'),
    section('evidence', 'Evidence', 'the case studies behind it, with results'),
  ],
  companies: [section('lessons', 'Lessons', 'each lesson drawn from this company’s case studies, linking its entry')],
  // Frameworks are the guide's decision tools: a diagram, a table or a checklist, each its own shape.
  frameworks: [],
};

/** Entries shorter than this many words of prose read as stubs (frameworks aside). */
export const MIN_PROSE_WORDS = 150;

/** Prose talks about the lesson, not about the guide: at most this many mentions per entry. */
export const MAX_GUIDE_MENTIONS = 1;
