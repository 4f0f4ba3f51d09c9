import { z } from 'astro/zod';
import { ORIGIN_IDS, STAGE_IDS } from './vocab.ts';

/*
 * Small named pieces that the collection schemas are assembled from.
 * Each message says what to write, because authors read them, not developers. A field's own
 * message comes after its name (src/ingest/zod-problems.ts adds "`year` "), and a required field
 * says what to add when it is missing: test/unit/schema-messages.test.ts holds every field to it.
 */

/**
 * A field's two messages: what to add when it is missing, and what it must be when it is there
 * (a value of the wrong type is described by src/ingest/zod-problems.ts, which sees the value).
 * Zod asks one error map for both; a missing field is the one whose input is undefined.
 */
export function says(missing: string, wrong: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: ${missing}` : wrong) };
}

/** An id as it appears in a file name or a reference: lowercase words joined by hyphens. */
export const entryId = idField('write an id such as `cold-start`');

/** An id field whose missing message says what the id is for. */
export function idField(missing: string) {
  return z
    .string(says(missing, 'must be an id such as `cold-start`'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as `cold-start`');
}

/**
 * Markdown that a plain-text field would show as typed: a citation (which an author used to the
 * body's rule that every claim cites may well write here) or a link.
 */
const MARKUP = [
  [/\[@[^\]]*\]/, 'a citation', "cite sources in an entry's body"],
  [/\[[^\]]*\]\([^)]*\)/, 'a Markdown link', "put links in an entry's body"],
] as const;

/** Refuses the Markdown of MARKUP in a field that `shownIn` (where readers see it) shows as plain text. */
export const plainText = (shownIn: string) => (text: string, ctx: z.RefinementCtx) => {
  for (const [pattern, what, instead] of MARKUP) {
    const found = pattern.exec(text)?.[0];
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `holds ${what}, \`${found}\`, which would show as typed: ${shownIn} show it as plain text; ${instead}`,
      });
  }
};
const LISTED = 'lists, search results and link previews';

/** The page title: shown as the h1, in lists and in search results; plain text. */
export const title = z
  .string(says('add `title:` with the title readers will see, e.g. `title: Active learning`', 'must be text'))
  .trim()
  .min(3, 'is too short: write a title of at least 3 characters')
  .superRefine(plainText(LISTED));

/** One sentence that says what the entry is about; shown under the title and in search results; plain text. */
export const summary = z
  .string(says('add `summary:` with one sentence that says what it is and why it matters', 'must be text'))
  .trim()
  .min(20, 'is too short: write one full sentence')
  .max(300, 'is too long: keep the summary to one sentence (300 characters at most)')
  .superRefine(plainText(LISTED));

/** Tags from the controlled vocabulary in `content/tags.yaml`; at least one. */
export const tags = z
  .array(entryId, says('add `tags: [...]` with ids from content/tags.yaml', 'must be a list of tag ids'))
  .min(1, 'is empty: add at least one tag from content/tags.yaml');

/** The lifecycle stages the entry belongs to, from the first that applies. */
export const stages = z
  .array(
    z.enum(STAGE_IDS, { error: `must be one of: ${STAGE_IDS.join(', ')}` }),
    says(`add \`stages: [...]\` with one or more of: ${STAGE_IDS.join(', ')}`, 'must be a list of stages'),
  )
  .min(1, `is empty: add at least one of: ${STAGE_IDS.join(', ')}`);

/** Frameworks span the lifecycle: their stages are optional. */
export const optionalStages = stages.optional().default([]);

/** Other names the guide or its sources use for an organisation (e.g. WalmartLabs). */
export const names = z.array(z.string()).default([]);

/**
 * Provenance: ids of the guide sections (see content/outline.yaml) that this entry carries. Required
 * of the guide's entries and optional for the team's own (rule `guide-sections`, which reads `origin`).
 */
export const guideSections = z
  .array(entryId, { error: 'must be a list of section ids from content/outline.yaml, such as [ii-a3-labeling]' })
  .default([]);

/** `team` for the team's own lessons (they need no guide section); the guide's entries leave it out. */
export const origin = z
  .enum(ORIGIN_IDS, { error: `must be one of: ${ORIGIN_IDS.join(', ')} (or left out for an entry of the guide)` })
  .default('guide');

/**
 * Old ids of this entry; each one gets a redirect page so that published links keep working.
 * An entry merged in from another collection is named with it: `techniques/cox-proportional-hazards`.
 */
export const aliases = z
  .array(
    z
      .string()
      .regex(
        /^(?:[a-z]+\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be an old id such as `cold-starts`, or `techniques/old-id` for an entry of another collection',
      ),
  )
  .default([]);

/** Where an alias of an entry of `collection` lives: `[collection, id]`. */
export function aliasPath(collection: string, alias: string): [string, string] {
  const slash = alias.indexOf('/');
  return slash < 0 ? [collection, alias] : [alias.slice(0, slash), alias.slice(slash + 1)];
}

/** Other names practitioners use for the same thing; indexed for search and shown as "Also called". */
export const synonyms = z.array(z.string().trim().min(2, 'has an empty synonym: remove it')).default([]);
