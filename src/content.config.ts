import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  challengeSchema,
  companySchema,
  frameworkSchema,
  outlineSchema,
  practiceSchema,
  sourceSchema,
  tagSchema,
  techniqueSchema,
  type ReferenceFactory,
} from './schemas/collections.ts';
import { contentDir } from './lib/content-dir.ts';
import { renderedMdx } from './lib/content/rendered-mdx-loader.ts';

/*
 * The collections. Schemas live in ./schemas so that `npm run check` validates the same rules
 * outside Astro; here they only receive Astro's typed `reference()`.
 */
const ref = reference as unknown as ReferenceFactory;
const dir = contentDir();
const mdx = (name: string) => renderedMdx({ base: `${dir}/${name}` });

export const collections = {
  practices: defineCollection({ loader: mdx('practices'), schema: practiceSchema(ref) }),
  challenges: defineCollection({ loader: mdx('challenges'), schema: challengeSchema(ref) }),
  techniques: defineCollection({ loader: mdx('techniques'), schema: techniqueSchema(ref) }),
  companies: defineCollection({ loader: mdx('companies'), schema: companySchema(ref) }),
  frameworks: defineCollection({ loader: mdx('frameworks'), schema: frameworkSchema(ref) }),
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${dir}/sources` }),
    schema: sourceSchema(ref),
  }),
  tags: defineCollection({ loader: file(`${dir}/tags.yaml`), schema: tagSchema }),
  outline: defineCollection({ loader: file(`${dir}/outline.yaml`), schema: outlineSchema }),
};
