import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { entryLoader } from './ingest/entry-loader.ts';
import { contentDir } from './ingest/settings.ts';
import { outlineSchema, sourceSchema, tagSchema } from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/references.ts';
import { ENTRY_COLLECTIONS, type EntryCollection, REGISTRY } from './schemas/registry.ts';

/*
 * The Astro collections, derived from the registry (src/schemas/registry.ts): one MDX collection
 * per registry entry, plus sources, tags and the outline. Entries load through our loader
 * (ingest/entry-loader.ts, Astro's Loader API), which stores each body's HTML so that
 * `render(entry)` gives it as Astro documents; its watcher follows every edit in the dev server. Schemas live in ./schemas so that `npm run check` validates the same
 * rules outside Astro; here they only receive Astro's `reference()`.
 */
const ref: ReferenceFactory = (collection) => reference(collection as EntryCollection);
const dir = contentDir();
const inFileOrder = (sections: Record<string, object>) =>
  Object.fromEntries(Object.entries(sections ?? {}).map(([id, section], order) => [id, { ...section, order }]));

const entryCollectionOf = (collection: EntryCollection) =>
  defineCollection({
    loader: entryLoader(`${dir}/${collection}`),
    schema: REGISTRY[collection].schema(ref),
  });
// What Astro reads to type `getCollection(c)`: each collection with its own schema.
type EntryCollections = {
  [C in EntryCollection]: { loader: Loader; schema: ReturnType<(typeof REGISTRY)[C]['schema']> };
};

export const collections = {
  ...(Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, entryCollectionOf(c)])) as EntryCollections),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/sources` }), schema: sourceSchema(ref) }),
  tags: defineCollection({ loader: file(`${dir}/tags.yaml`), schema: tagSchema }),
  // The guide's order is the file's order, which the store does not keep: each section records its place.
  outline: defineCollection({
    loader: file(`${dir}/outline.yaml`, { parser: (text) => inFileOrder(parseYaml(text)) }),
    schema: outlineSchema.extend({ order: z.number().int() }),
  }),
};
