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
export const SOURCE_KINDS = ['blog-post', 'paper', 'talk', 'slides', 'summary', 'docs', 'book'] as const;

/** How sure we are of a source's URL (copied from case-studies.yaml). */
export const CONFIDENCE = ['high', 'medium', 'low'] as const;

/** Why a source is cited: a company's case study, or the public reference that defines a technique. */
export const SOURCE_ROLES = ['case-study', 'reference'] as const;
