/**
 * Closed vocabularies shared by the schemas, the pages and the checks.
 * Lifecycle stages follow the parts of the guide; the order here is the order shown to readers.
 */
export const STAGES = {
  mindset: 'Mindset',
  data: 'Data',
  features: 'Feature engineering',
  'model-selection': 'Model selection',
  'training-validation': 'Training and validation',
  productionization: 'Productionization',
  'monitoring-iteration': 'Monitoring and iteration',
  'human-element': 'The human element',
} as const;

export type Stage = keyof typeof STAGES;
export const STAGE_IDS = Object.keys(STAGES) as [Stage, ...Stage[]];

/** What kind of publication a source is. */
const PUBLIC_KINDS = ['blog-post', 'paper', 'talk', 'slides', 'summary', 'docs', 'book', 'patent'] as const;
/**
 * A team's own documents, which only its members can read: they belong to the site's owner (no
 * company entry), may have no address, and their author's reading is the check.
 */
const INTERNAL_KINDS = ['postmortem', 'incident-review', 'design-doc', 'internal-talk'] as const;
export const SOURCE_KINDS = [...PUBLIC_KINDS, ...INTERNAL_KINDS] as const;
export const isInternalKind = (kind: string | undefined) => (INTERNAL_KINDS as readonly string[]).includes(kind ?? '');

/** The search filters, in the order the search page shows them (src/model/search-facets.ts fills them). */
export const FACETS = ['type', 'origin', 'company', 'challenge', 'stage', 'tag'] as const;

/** Where an entry's lesson comes from: the published guide, or the team that runs this knowledge base. */
export const ORIGINS = { guide: 'The guide', team: 'Team' } as const;
export const ORIGIN_IDS = Object.keys(ORIGINS) as [keyof typeof ORIGINS, ...(keyof typeof ORIGINS)[]];

/** How sure we are of a source's URL (copied from case-studies.yaml). */
export const CONFIDENCE = ['high', 'medium', 'low'] as const;

/** Why a source is cited: a company's case study, or the public reference that defines a technique. */
export const SOURCE_ROLES = ['case-study', 'reference'] as const;
