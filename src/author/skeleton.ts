import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { sourceSchema } from '../schemas/collections.ts';
import { plainReference } from '../schemas/references.ts';
import { type EntryCollection, REGISTRY } from '../schemas/registry.ts';
import { isInternalKind } from '../schemas/vocab.ts';

/*
 * The files `npm run new` writes, derived from the registry and the schemas rather than from a
 * template that would drift from them: every field a schema requires is written (with the
 * author's answer or a `TODO:` placeholder, which rule `placeholder` refuses until replaced),
 * every reference field as an empty list, every other optional field as a comment, and one
 * section per required heading of the collection's shape.
 */
export const PLACEHOLDER = 'TODO:';

type Shape = Record<string, z.ZodType>;
const required = (field: z.ZodType) => !field.safeParse(undefined).success;
const flow = (value: unknown) => stringify(value, { flow: true, lineWidth: 0, flowCollectionPadding: false }).trimEnd();
const todo = (what: string) => flow(`${PLACEHOLDER} ${what}`);

interface EntryAnswers {
  title: string;
  tags: string[];
  stages: string[];
  /** Guide sections: an entry of the guide. None: the team's own lesson (`origin: team`). */
  guide: string[];
}

export function entrySkeleton(collection: EntryCollection, answers: EntryAnswers): string {
  const def = REGISTRY[collection];
  const shape = def.schema(plainReference).shape as Shape;
  const given: Record<string, unknown> = {
    title: answers.title,
    tags: answers.tags,
    stages: answers.stages.length ? answers.stages : undefined,
    guide: answers.guide.length ? answers.guide : undefined,
    origin: answers.guide.length ? undefined : 'team',
  };
  const refs = def.refs as Record<string, string>;
  const lines = Object.entries(shape).map(([key, field]) => {
    if (given[key] !== undefined) return `${key}: ${flow(given[key])}`;
    if (refs[key])
      return `${key}: []${' '.repeat(Math.max(1, 12 - key.length))}# ids of entries in content/${refs[key]}/`;
    return required(field) ? `${key}: ${todo(`write the ${key}`)}` : `# ${key}: (optional)`;
  });
  const lead = `${PLACEHOLDER} the lesson in one or two sentences, each claim followed by the citation of its source.`;
  const sections = def.shape.map((s) => `## ${s.heading} \\{#${s.id}}\n\n${PLACEHOLDER} ${s.says}.\n`);
  return `---\n${lines.join('\n')}\n---\n\n${lead}\n\n${sections.join('\n')}`;
}

interface SourceAnswers {
  title: string;
  kind: string;
  organisation?: string | undefined;
}

/** What each field of a source asks for, where the schema alone cannot say it. */
const SOURCE_HINTS: Record<string, (internal: boolean) => string | null> = {
  publisher: () => `publisher: ${todo('who published it, as the source names itself')}`,
  authors: () => 'authors: []',
  year: () => `year: null # ${PLACEHOLDER} the year it was published (null if it gives none)`,
  url: (internal) =>
    internal
      ? '# url: (optional) where the team keeps it'
      : `url: null # ${PLACEHOLDER} its address (leave null only if none can be confirmed)`,
  confidence: (internal) =>
    internal ? null : `confidence: low # ${PLACEHOLDER} high, medium or low: how sure the address is`,
  checked: (internal) =>
    `checked: false # ${PLACEHOLDER} true once you have read it` +
    (internal ? '' : ' (with read_at: the address you read)'),
  problem: () => `problem: ${todo('the problem it tackles, in your words')}`,
  approach: () => `approach: ${todo('what was built and how it works, in your words')}`,
  results: () => 'results: [] # figures exactly as published, with units and baselines',
};

export function sourceSkeleton(answers: SourceAnswers): string {
  const internal = isInternalKind(answers.kind);
  const shape = sourceSchema(plainReference).shape as Shape;
  const lines = Object.keys(shape).flatMap((key) => {
    if (key === 'title') return [`title: ${flow(answers.title)}`];
    if (key === 'kind') return [`kind: ${answers.kind}`];
    if (key === 'organisation') {
      if (answers.organisation) return [`organisation: ${answers.organisation}`];
      return internal ? [] : ['# organisation: (optional) the company in content/companies/ whose case it is'];
    }
    const hint = SOURCE_HINTS[key]?.(internal);
    if (hint !== undefined) return hint === null ? [] : [hint];
    return required(shape[key]!) ? [`${key}: ${todo(`write the ${key}`)}`] : [`# ${key}: (optional)`];
  });
  return `${lines.join('\n')}\n`;
}
