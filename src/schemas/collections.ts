import { z } from 'astro/zod';
import * as f from './fields.ts';

/**
 * The collection schemas, as factories over the reference type.
 * Astro passes its `reference()` (typed links in pages); the checks pass `plainReference`
 * so that the same schemas validate content outside Astro, with errors that name the file.
 */
export type ReferenceTarget = 'practices' | 'challenges' | 'techniques' | 'companies' | 'sources';
export type Ref = { collection: string; id: string };
export type ReferenceFactory = (collection: ReferenceTarget) => z.ZodType<Ref, any>;

/** Outside Astro: a reference is an id string, kept with the collection it points into. */
export const plainReference: ReferenceFactory = (collection) =>
  f.entryId.transform((id) => ({ collection, id }));

const refs = (ref: ReferenceFactory, collection: ReferenceTarget) => z.array(ref(collection)).default([]);

/** Frontmatter shared by every MDX entry. */
const entryBase = {
  title: f.title,
  summary: f.summary,
  tags: f.tags,
  aliases: f.aliases,
};

/** Fields for the entries that carry lessons of the guide (not companies). */
const lessonBase = {
  ...entryBase,
  stages: f.stages,
  guide: f.guideSections,
  synonyms: f.synonyms,
};

export function practiceSchema(ref: ReferenceFactory) {
  return z.strictObject({
    ...lessonBase,
    /** The challenges this practice addresses. */
    challenges: refs(ref, 'challenges'),
    /** The techniques this practice uses. */
    techniques: refs(ref, 'techniques'),
    /** Other practices worth reading next. */
    related: refs(ref, 'practices'),
  });
}

export function challengeSchema(ref: ReferenceFactory) {
  return z.strictObject({
    ...lessonBase,
    /** Other challenges that come with this one. */
    related: refs(ref, 'challenges'),
  });
}

export function techniqueSchema(ref: ReferenceFactory) {
  return z.strictObject({
    ...lessonBase,
    /** The challenges this technique helps with. */
    challenges: refs(ref, 'challenges'),
    /** Other techniques worth reading next. */
    related: refs(ref, 'techniques'),
  });
}

export function companySchema(_ref: ReferenceFactory) {
  return z.strictObject({
    ...entryBase,
    /** Other names the guide or its sources use for the organisation (e.g. WalmartLabs). */
    names: z.array(z.string()).default([]),
  });
}

export function frameworkSchema(_ref: ReferenceFactory) {
  return z.strictObject({
    ...entryBase,
    guide: f.guideSections,
    /** Frameworks span the lifecycle; stages are optional. */
    stages: f.stages.optional().default([]),
  });
}

export function sourceSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      title: f.title,
      /** The company whose case study this is; absent for research papers by no company. */
      organisation: ref('companies').optional(),
      /** The publisher as the source names it (e.g. "Walmart Global Tech", "UC San Diego"). */
      publisher: z.string().min(2),
      authors: z.array(z.string()).default([]),
      year: f.year,
      url: f.url,
      /** How sure we are that `url` is the page behind the guide's attribution. */
      confidence: f.confidence,
      kind: f.sourceKind,
      /** `case-study`: what a company did; `reference`: the paper or docs that define a technique. */
      role: f.sourceRole,
      /** Where it appeared: blog, conference, journal. */
      venue: z.string().optional(),
      /** What the source is cited for, in our words; shown on the sources page. */
      note: z.string().optional(),
      ...f.caseData,
    })
    .superRefine(f.checkedNeedsCaseData);
}

/** One tag of the controlled vocabulary in `content/tags.yaml`. */
export const tagSchema = z.strictObject({
  label: f.title,
  description: f.summary,
});

/** One point of the guide (a line of it), restated, with the entries that carry it. */
export const outlinePointSchema = z.strictObject({
  /** The point in our words; never the guide's sentence. */
  label: z.string().min(3),
  /** The line of the guide this point restates (for the line-by-line audit). */
  line: z.number().int().positive(),
  /** `collection/id` of each entry that carries the point, e.g. `techniques/focal-loss`. */
  entries: z.array(z.string().regex(/^(practices|challenges|techniques|companies|frameworks)\/[a-z0-9-]+$/, 'must be `collection/id`, e.g. `techniques/focal-loss`')).min(1),
});

/** One section of the guide's outline in `content/outline.yaml`. */
export const outlineSchema = z.strictObject({
  title: f.title,
  /** The id of the enclosing section; absent for the seven parts. */
  parent: f.entryId.optional(),
  /** The section's points, in the guide's order. */
  points: z.array(outlinePointSchema).default([]),
});
