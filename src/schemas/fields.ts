import { z } from 'astro/zod';
import { CONFIDENCE, SOURCE_KINDS, STAGE_IDS } from './vocab.ts';

/*
 * Small named pieces that the collection schemas are assembled from.
 * Each message says what to write, because authors read them, not developers.
 */

/** An id as it appears in a file name or a reference: lowercase words joined by hyphens. */
export const entryId = z
  .string({ error: 'must be an id such as `cold-start`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as `cold-start`');

/** The page title: shown as the h1, in lists and in search results. */
export const title = z
  .string({ error: 'is missing: add `title: ...` to the frontmatter' })
  .trim()
  .min(3, 'is too short: write a title of at least 3 characters');

/** One sentence that says what the entry is about; shown under the title and in search results. */
export const summary = z
  .string({ error: 'is missing: add a one-sentence `summary: ...` to the frontmatter' })
  .trim()
  .min(20, 'is too short: write one full sentence')
  .max(300, 'is too long: keep the summary to one sentence (300 characters at most)');

/** Tags from the controlled vocabulary in `content/tags.yaml`; at least one. */
export const tags = z
  .array(entryId, { error: 'is missing: add `tags: [...]` with ids from content/tags.yaml' })
  .min(1, 'is empty: add at least one tag from content/tags.yaml');

/** The lifecycle stages the entry belongs to, from the first that applies. */
export const stages = z
  .array(z.enum(STAGE_IDS, { error: `must be one of: ${STAGE_IDS.join(', ')}` }), {
    error: `is missing: add \`stages: [...]\` with one or more of: ${STAGE_IDS.join(', ')}`,
  })
  .min(1, `is empty: add at least one of: ${STAGE_IDS.join(', ')}`);

/** Provenance: ids of the guide sections (see content/outline.yaml) that this entry carries. */
export const guideSections = z
  .array(entryId, { error: 'is missing: add `guide: [...]` with section ids from content/outline.yaml' })
  .min(1, 'is empty: name at least one section of the guide (ids in content/outline.yaml)');

/** Old ids of this entry; each one gets a redirect page so that published links keep working. */
export const aliases = z.array(entryId).default([]);

/** A publication year, or null when the source gives none. */
export const year = z.number().int().min(1990).max(2100).nullable();

/** A URL, or null when no address could be confirmed: never invent one. */
export const url = z.url({ error: 'must be a full http(s) URL, or null when there is none' }).nullable();

export const sourceKind = z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` });
export const confidence = z.enum(CONFIDENCE, { error: `must be one of: ${CONFIDENCE.join(', ')}` });
