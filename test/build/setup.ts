import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';
import { CONTENT } from '../helpers/fixture.ts';
import { extraCollectionContent, extraCollectionProject } from '../helpers/project.ts';

/*
 * The builds every site test reads, made once per `npm test`, in parallel:
 * - `fixture`: the fixture knowledge base, built under /kb/ by a copy of the project with one more
 *   collection (test/helpers/project.ts);
 * - `changed`: the same after edits a later build might bring (a heading renamed with and without an
 *   alias, a page removed, a diagram not yet rendered), for URL stability and the diagram fallback;
 * - `real`: the real knowledge base, as readers get it.
 */
export const CHANGED_EDITS = {
  'challenges/cold-start.mdx': (s: string) => s.replace('## What teams do about it', '## How teams respond'),
  'challenges/label-noise.mdx': (s: string) =>
    s.replace('\nSee also [rank simply](/practices/rank-simply/).\n', '\n').replace(/^## (.+) \\\{#(\S+)\}$/m, '## Reworded \\{#reworded #$2}'),
  'practices/rank-simply.mdx': null,
  'practices/label-by-hand.mdx': (s: string) =>
    `${s.trimEnd()}\n\n\`\`\`mermaid\nflowchart LR\n    A["Label by hand"] --> B["Train"]\n    click B "/techniques/active-learning/"\n\`\`\`\n`,
};

declare module 'vitest' {
  export interface ProvidedContext { dist: { fixture: string; changed: string; real: string; project: string } }
}

export default async function setup(project: TestProject) {
  const extra = extraCollectionProject();
  const [fixture, changed, real] = await Promise.all([
    buildSite('fixture-site', extraCollectionContent(), { base: '/kb/', project: extra }),
    buildSite('fixture-changed', extraCollectionContent('changed-content', CHANGED_EDITS), { base: '/kb/', project: extraCollectionProject('extra-project-2') }),
    buildSite('real-site', CONTENT),
  ]);
  project.provide('dist', { fixture, changed, real, project: extra });
}
