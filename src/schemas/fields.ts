import { z } from 'astro/zod';
import { CONFIDENCE, isInternalKind, ORIGIN_IDS, SOURCE_KINDS, SOURCE_ROLES, STAGE_IDS } from './vocab.ts';

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
function idField(missing: string) {
  return z
    .string(says(missing, 'must be an id such as `cold-start`'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as `cold-start`');
}

/** The page title: shown as the h1, in lists and in search results. */
export const title = z
  .string(says('add `title:` with the title readers will see, e.g. `title: Active learning`', 'must be text'))
  .trim()
  .min(3, 'is too short: write a title of at least 3 characters');

/** One sentence that says what the entry is about; shown under the title and in search results. */
export const summary = z
  .string(says('add `summary:` with one sentence that says what it is and why it matters', 'must be text'))
  .trim()
  .min(20, 'is too short: write one full sentence')
  .max(300, 'is too long: keep the summary to one sentence (300 characters at most)');

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

/** A publication year, or null when the source gives none. */
export const year = z
  .number(
    says('add `year:` with the year it was published (or `year: null` if the source gives none)', 'must be a year'),
  )
  .int('must be a year such as 2019')
  .min(1900, 'must be a year from 1900 on')
  .max(2100, 'must be a year such as 2019')
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

/** Other names practitioners use for the same thing; indexed for search and shown as "Also called". */
export const synonyms = z.array(z.string().trim().min(2, 'has an empty synonym: remove it')).default([]);

/*
 * What a source says, recorded once in our words so that entries cite it rather than restate it.
 * Figures are written exactly as the source publishes them, with their units and baselines.
 */
const prose = z
  .string(says('write what the source says, in a sentence', 'must be text'))
  .trim()
  .min(10, 'is too short: write what the source says, in a sentence');

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

/**
 * A public source names its address (or `null`), how sure that address is, and its company if it
 * has one; an internal document belongs to the site's owner, so it names no company.
 */
export function publicNeedsAddress(
  data: { kind: string; url?: string | null | undefined; confidence?: string | undefined; organisation?: unknown },
  ctx: z.RefinementCtx,
) {
  const internal = isInternalKind(data.kind);
  if (internal && data.organisation !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['organisation'],
      message: `is set, but a \`${data.kind}\` is the team's own document: remove \`organisation\``,
    });
  if (internal) return;
  // Reported at `kind:`, the line that makes the fields required, since they are absent.
  if (data.url === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message:
        `is \`${data.kind}\`, a public source, but \`url\` is missing: add \`url:\` with its address, or ` +
        '`url: null` when none could be confirmed',
    });
  if (data.confidence === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: `is \`${data.kind}\`, a public source, but \`confidence\` is missing: add \`confidence: high\` (or medium, low) for how sure the address is`,
    });
}

/** A checked source records at least where it was read (internal documents aside), its problem and its approach. */
export function checkedNeedsCaseData(
  data: {
    kind: string;
    checked: boolean;
    read_at?: string | string[] | undefined;
    problem?: string | undefined;
    approach?: string | undefined;
  },
  ctx: z.RefinementCtx,
) {
  if (!data.checked) return;
  // An internal document is checked by its author, who read it where the team keeps it.
  const needed = isInternalKind(data.kind)
    ? (['problem', 'approach'] as const)
    : (['read_at', 'problem', 'approach'] as const);
  for (const field of needed) {
    // Reported at `checked:`, the line that makes the field required, since the field itself is absent.
    if (!data[field])
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: `is true, but \`${field}\` is missing: a checked source records it (or set \`checked: false\`)`,
      });
  }
}
