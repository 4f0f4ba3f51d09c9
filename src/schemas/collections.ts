import { z } from 'astro/zod';
import * as f from './fields.ts';
import type { ReferenceFactory } from './references.ts';
import { ENTRY_COLLECTIONS } from './registry.ts';
import * as s from './source-fields.ts';
import { checkedNeedsCaseData, publicNeedsAddress } from './source-rules.ts';

/*
 * The schemas of the data files beside the entries: sources, tags and the guide's outline. The
 * entry collections are defined in ./registry.ts.
 */
export function sourceSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      title: f.title,
      /** The company whose case study this is; absent for research papers by no company. */
      organisation: ref('companies').optional(),
      publisher: s.publisher,
      authors: z.array(z.string({ error: 'must be a name' })).default([]),
      year: s.year,
      /** The address; `null` when none could be confirmed. Internal documents may leave it out. */
      url: s.url.optional(),
      /** How sure we are that `url` is the page behind the guide's attribution; not asked of internal documents. */
      confidence: s.confidence.optional(),
      /** The publication; `postmortem`, `incident-review`, `design-doc`, `internal-talk` are the team's own. */
      kind: s.sourceKind,
      /** `case-study`: what a company did; `reference`: the paper or docs that define a technique. */
      role: s.sourceRole,
      ...caseRecord(ref),
      /**
       * Another write-up of the same case (a paper beside its blog post, a summary of the paper): the id of the
       * source that stands for the case, of the same organisation (rule `same-case`). The review kit lists a case once.
       */
      same_case_as: f.entryId.optional(),
      /** Where it appeared: blog, conference, journal. */
      venue: z.string({ error: 'must be text, e.g. `venue: KDD 2019`' }).optional(),
      /** What the source is cited for, in our words; shown on the sources page. */
      note: z.string({ error: 'must be text: what the source is cited for' }).optional(),
      ...s.caseData,
    })
    .superRefine(publicNeedsAddress)
    .superRefine(checkedNeedsCaseData);
}

/**
 * What a case study is about, recorded in its source file so that "DoorDash × cold start" means
 * DoorDash's cases about cold start (and the entries that draw on them), not every entry that cites
 * DoorDash for something. Each listed entry must cite the source (rule `case-record`).
 */
export const CASE_RECORD_FIELDS = ['challenges', 'practices', 'techniques'] as const;
function caseRecord(ref: ReferenceFactory) {
  return {
    /** The challenges the case is about: the problem its team set out to solve. */
    challenges: z.array(ref('challenges')).default([]),
    /** The practices the case shows a team following. */
    practices: z.array(ref('practices')).default([]),
    /** The techniques the case shows in use. */
    techniques: z.array(ref('techniques')).default([]),
  };
}

/** One tag of the controlled vocabulary in `content/tags.yaml`. */
export const tagSchema = z.strictObject({
  label: z
    .string(f.says('add `label:` with the tag as readers see it, e.g. `label: Cold start`', 'must be text'))
    .trim()
    .min(3, 'is too short: write a label of at least 3 characters'),
  description: z
    .string(f.says('add `description:` with one sentence that says what the tag covers', 'must be text'))
    .trim()
    .min(20, 'is too short: write one full sentence')
    .max(300, 'is too long: keep it to one sentence (300 characters at most)'),
});

const entryKey = new RegExp(`^(${ENTRY_COLLECTIONS.join('|')})/[a-z0-9-]+$`);

/** One point of the guide (a line of it), restated, with the entries that carry it. */
const outlinePointSchema = z.strictObject({
  /** The point in our words; never the guide's sentence. */
  label: z
    .string(f.says('add `label:` with the point, in our words', 'must be text'))
    .min(3, 'is too short: state the point in a few words'),
  /** The line of the guide this point restates (for the line-by-line audit). */
  line: z
    .number(f.says('add `line:` with the line of the guide it restates, such as 123', 'must be a line number'))
    .int('must be a whole line number, such as 123')
    .positive('must be a line number from 1 on'),
  /** `collection/id` of each entry that carries the point, e.g. `techniques/focal-loss`. */
  entries: z
    .array(
      z
        .string({ error: 'must be `collection/id`' })
        .regex(entryKey, 'must be `collection/id`, e.g. `techniques/focal-loss`'),
      f.says(
        'add `entries: [...]` with the entries that carry the point, e.g. `[techniques/focal-loss]`',
        'must be a list',
      ),
    )
    .min(1, 'is empty: name at least one entry that carries the point, e.g. `techniques/focal-loss`'),
});

/** One section of the guide's outline in `content/outline.yaml`. */
export const outlineSchema = z.strictObject({
  title: f.title,
  /** The id of the enclosing section; absent for the seven parts. */
  parent: f.entryId.optional(),
  /** The section's points, in the guide's order. */
  points: z
    .array(outlinePointSchema, { error: 'must be a list of points, each with `label:`, `line:` and `entries:`' })
    .default([]),
});
