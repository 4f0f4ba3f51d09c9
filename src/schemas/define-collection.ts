import { z } from 'astro/zod';
import type { Ref, ReferenceFactory } from './references.ts';
import type { RequiredSection } from './shapes.ts';

/**
 * What the site needs to know about one collection of MDX entries. Everything else (the Astro
 * collection, the check loader, navigation, the index page, URLs, search types, the site model)
 * is derived from it: see src/schemas/registry.ts.
 */
interface EntryCollectionSpec<F extends z.ZodRawShape, R extends Record<string, string>> {
  /** `one` names an entry (the search type, badges); `many` the collection (navigation, headings). */
  label: { one: string; many: string };
  /** The lead paragraph of the collection's index page. */
  intro: string;
  /** Frontmatter fields other than references, from src/schemas/fields.ts. */
  fields: F;
  /** Reference fields: the field name and the collection it points into (a list of ids). */
  refs: R;
  /** The h2 sections every entry must have, by pinned id (rule `entry-shape`). */
  shape: RequiredSection[];
  /**
   * Whether entries state lessons that must cite sources (citations, figures, 150 words of prose).
   * `false` for the guide's own decision tools, which are unattributed by nature and shown as such.
   */
  attributed: boolean;
}

type RefFields<R> = { [K in keyof R]: z.ZodDefault<z.ZodArray<z.ZodType<Ref>>> };

export function entryCollection<const F extends z.ZodRawShape, const R extends Record<string, string>>(
  spec: EntryCollectionSpec<F, R>,
) {
  const refFields = Object.keys(spec.refs) as (keyof R & string)[];
  return {
    ...spec,
    refFields,
    /** The frontmatter schema: the fields, plus each reference field as a list of references. */
    schema(ref: ReferenceFactory) {
      const refs = Object.fromEntries(refFields.map((f) => [f, z.array(ref(spec.refs[f]!)).default([])]));
      return z.strictObject({ ...spec.fields, ...(refs as RefFields<R>) });
    },
  };
}
