import type { z } from 'astro/zod';
import { entryId } from './fields.ts';

/**
 * A typed link from one file to an entry or a source. Schemas are factories over the reference
 * type: Astro passes its `reference()` (typed links in pages); the checks pass `plainReference`, so
 * the same schemas validate content outside Astro, with errors that name the file.
 */
export type Ref = { collection: string; id: string };
export type ReferenceFactory = (collection: string) => z.ZodType<Ref>;

/** Outside Astro: a reference is an id string, kept with the collection it points into. */
export const plainReference: ReferenceFactory = (collection) => entryId.transform((id) => ({ collection, id }));

/** Narrows an unknown value to a reference, for code that reads reference fields by name. */
export const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value;
