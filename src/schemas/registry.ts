import type { z } from 'astro/zod';
import { entryCollection } from './define-collection.ts';
import * as f from './fields.ts';
import { section } from './shapes.ts';

/**
 * THE COLLECTION REGISTRY: the one place to add a collection of entries. An entry here, its
 * fields, and a folder `content/<id>/` of MDX files are all it takes: the Astro collection, the
 * check loader, the header navigation (in this order), the index page, the URL `/<id>/<entry>/`,
 * search types and the site model all follow. The type checker names what an entry lacks.
 */
const entryBase = { title: f.title, summary: f.summary, tags: f.tags, aliases: f.aliases, origin: f.origin };
/** Entries that carry lessons of the guide (not companies). */
const lessonBase = { ...entryBase, stages: f.stages, guide: f.guideSections, synonyms: f.synonyms };

export const REGISTRY = {
  practices: entryCollection({
    label: { one: 'Practice', many: 'Practices' },
    intro: 'What production teams do, and how: each practice cites the case studies it comes from.',
    fields: lessonBase,
    // The challenges it addresses, the techniques it uses, other practices worth reading next.
    refs: { challenges: 'challenges', techniques: 'techniques', related: 'practices' },
    shape: [
      section('why', 'What and why', 'what the practice is and why it pays'),
      section('how', 'How to do it', 'concrete steps'),
      section('pitfalls', 'Pitfalls', 'how it goes wrong'),
      section('evidence', 'Evidence', 'the case studies behind it, with results'),
    ],
    attributed: true,
  }),
  challenges: entryCollection({
    label: { one: 'Challenge', many: 'Challenges' },
    intro: 'The problems that recur in production ML, with the practices and techniques that address them.',
    fields: lessonBase,
    refs: { related: 'challenges' },
    shape: [
      section(
        'detect',
        'How it shows up and how to detect it',
        'the symptoms in production and the metrics or tests that reveal it',
      ),
      section('causes', 'Why it happens', 'the mechanism behind it'),
      section('cases', 'What teams did', 'each case study, with its result'),
      section('remedies', 'Remedies and their costs', 'what to do about it and what each remedy costs'),
    ],
    attributed: true,
  }),
  techniques: entryCollection({
    label: { one: 'Technique', many: 'Techniques' },
    intro: 'Methods, model families, losses and tests, with the challenges they help with.',
    fields: lessonBase,
    refs: { challenges: 'challenges', related: 'techniques' },
    shape: [
      section('how-it-works', 'What it is and how it works', 'enough detail to implement it or choose a library'),
      section('when-to-use', 'When to use it', 'the problems it fits'),
      section('limits', 'When not to use it', 'costs, failure modes and alternatives'),
      section('evidence', 'Evidence from practice', 'the case studies that used it, with results'),
    ],
    attributed: true,
  }),
  companies: entryCollection({
    label: { one: 'Company', many: 'Companies' },
    intro: 'The organisations whose public case studies the guide draws on, and what it attributes to each.',
    // `names`: other names the guide or its sources use for the organisation (e.g. WalmartLabs).
    fields: { ...entryBase, names: f.names },
    refs: {},
    shape: [section('lessons', 'Lessons', 'each lesson drawn from this company’s case studies, linking its entry')],
    attributed: true,
  }),
  frameworks: entryCollection({
    label: { one: 'Framework', many: 'Frameworks' },
    intro:
      'The guide’s decision tools: a flowchart for low model performance, a trade-off table ' +
      'and the questions for a design review.',
    // Frameworks span the lifecycle; stages are optional.
    fields: { ...entryBase, guide: f.guideSections, stages: f.optionalStages },
    refs: {},
    // A diagram, a table or a checklist: each framework is its own shape.
    shape: [],
    attributed: false,
  }),
};

export type EntryCollection = keyof typeof REGISTRY;
/** The collections, in navigation order. */
export const ENTRY_COLLECTIONS = Object.keys(REGISTRY) as EntryCollection[];
export const isEntryCollection = (name: string): name is EntryCollection => Object.hasOwn(REGISTRY, name);

/** The frontmatter of an entry of collection `C`, as validated (references as `{ collection, id }`). */
export type EntryData<C extends EntryCollection = EntryCollection> = z.output<
  ReturnType<(typeof REGISTRY)[C]['schema']>
>;

/** Labels of every collection with pages, sources included. */
export const COLLECTION_LABELS: Record<EntryCollection | 'sources', { one: string; many: string }> = {
  ...(Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, REGISTRY[c].label])) as Record<
    EntryCollection,
    { one: string; many: string }
  >),
  sources: { one: 'Source', many: 'Sources' },
};

// A reference into a collection that does not exist is a mistake in this file: say so at once.
for (const [name, def] of Object.entries(REGISTRY)) {
  for (const [field, target] of Object.entries(def.refs)) {
    if (!isEntryCollection(target) && target !== 'sources')
      throw new Error(
        `src/schemas/registry.ts: ${name}.refs.${field} points into "${target}", which is not a collection`,
      );
  }
}
