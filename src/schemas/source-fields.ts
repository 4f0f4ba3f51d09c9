import { z } from 'astro/zod';
import { idField, plainText, says } from './fields.ts';
import { CONFIDENCE, SOURCE_KINDS, SOURCE_ROLES } from './vocab.ts';

/*
 * The pieces of a source file (content/sources/<id>.yaml): what it is, where it was read, what it
 * says, and the rules between its fields. Like ./fields.ts, each says what to write.
 */

/** The latest year a source read today can carry: next year's, which journals print ahead of time. */
const LATEST_YEAR = new Date().getFullYear() + 1;

/** A publication year, or null when the source gives none. */
export const year = z
  .number(
    says('add `year:` with the year it was published (or `year: null` if the source gives none)', 'must be a year'),
  )
  .int('must be a year such as 2019')
  .min(1900, 'must be a year from 1900 on')
  .max(LATEST_YEAR, `must be a year that has come, ${LATEST_YEAR} at the latest: check the digits`)
  .nullable();

/** The publisher as the source names it (e.g. "Walmart Global Tech", "UC San Diego"). */
export const publisher = z
  .string(
    says(
      'add `publisher:` with who published it, as the source names itself (e.g. `publisher: Airbnb`)',
      'must be text',
    ),
  )
  .min(2, 'is too short: name the publisher as the source does');

/**
 * A URL, or null when no address could be confirmed: never invent one. http(s) only: the link is
 * shown on every page that cites the source, so a `javascript:` or `data:` URL would run there.
 */
export const url = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    ...says(
      'add `url:` with the address of the source (or `url: null` when none could be confirmed: never invent one)',
      'must be a full http(s) URL, or null when there is none: write it as https://example.com/post',
    ),
  })
  .nullable();

export const sourceKind = z.enum(
  SOURCE_KINDS,
  says(
    `add \`kind:\` with what it is, one of: ${SOURCE_KINDS.join(', ')}`,
    `must be one of: ${SOURCE_KINDS.join(', ')}`,
  ),
);
export const confidence = z.enum(
  CONFIDENCE,
  says(
    `add \`confidence:\` with how sure you are that \`url\` is the page meant, one of: ${CONFIDENCE.join(', ')}`,
    `must be one of: ${CONFIDENCE.join(', ')}`,
  ),
);
export const sourceRole = z
  .enum(SOURCE_ROLES, { error: `must be one of: ${SOURCE_ROLES.join(', ')}` })
  .default('case-study');

/*
 * What a source says, recorded once in our words so that entries cite it rather than restate it.
 * Figures are written exactly as the source publishes them, with their units and baselines.
 */
const prose = z
  .string(says('write what the source says, in a sentence', 'must be text'))
  .trim()
  .min(10, 'is too short: write what the source says, in a sentence')
  .superRefine(plainText('the case cards of company pages'));

/** An address we actually read: http(s) only, like `url`. */
const readAddress = z.url({ protocol: /^https?$/, error: 'must be the http(s) address you read' });

/**
 * Where a source was read: one address, or a list with one address per copy read (the post, its
 * slides, an archived copy), so that a reader can open each copy the case data comes from.
 */
const readAt = z.union([readAddress, z.array(readAddress).min(1, 'is empty: list the addresses you read')], {
  error: 'must be the http(s) address you read, or a list of them (one per copy read)',
});

/** A line of the guide, counted from 1 as `sed -n 123p guide.md` counts it. */
const guideLine = z
  .number(
    says(
      'add `guide_line:` with the line of the guide that names the organisation for it, such as 123',
      'must be the number of a line of the guide, such as 123',
    ),
  )
  .int('must be a whole line number, such as 123')
  .positive('must be a line number from 1 on');

/**
 * One claim the guide ties to a source's organisation that the source's own text does not confirm.
 * Entries name it by id: `[@source-id, unconfirmed: multi-tower]`.
 */
const guideOnlyClaim = z.strictObject({
  /** What citations name: lowercase words joined by hyphens, unique within the source file. */
  id: idField('add `id:` with a short id for the claim, such as `multi-tower`, that citations can name'),
  /** The claim, in our words (never the guide's sentence). */
  claim: z
    .string(says('add `claim:` with the claim, in our words', 'must be text'))
    .trim()
    .min(10, 'is too short: write the claim in a sentence'),
  /** The line of the guide that attributes the claim to this source's organisation (naming it in parentheses). */
  guide_line: guideLine,
});

/** The guide-only claims of a source. Ids are unique within the file, since citations name them. */
const guideOnly = z
  .array(guideOnlyClaim, { error: 'must be a list of claims, each with `id:`, `claim:` and `guide_line:`' })
  .default([])
  .superRefine((claims, ctx) => {
    const seen = new Set<string>();
    claims.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `"${c.id}" is already the id of another claim in this file: give each claim its own id`,
        });
      seen.add(c.id);
    });
  });

export const caseData = {
  /** Whether we read the source itself (`false`: no copy could be found; nothing below is checked). */
  checked: z.boolean(says('add `checked: true` (with `read_at:`) or `checked: false`', 'must be true or false')),
  /** The address or addresses we actually read, which may be copies of `url`. Required when `checked: true`. */
  read_at: readAt.optional(),
  /** What was searched for without success (queries, archives, mirrors), so the next reader need not repeat it. */
  searched: z.array(z.string().trim().min(3, 'is too short: say where you searched and for what')).default([]),
  /** The problem the source tackles. */
  problem: prose.optional(),
  /** The scale it works at (items, users, models, traffic), as the source gives it. */
  scale: prose.optional(),
  /** What was built or proposed, and how it works. */
  approach: prose.optional(),
  /** Results as published: each with its figure, unit and what it is compared with. */
  results: z.array(prose).default([]),
  /** Lessons the guide attributes to this source that its text does not confirm; cited `unconfirmed: <id>`. */
  guide_only: guideOnly,
};
