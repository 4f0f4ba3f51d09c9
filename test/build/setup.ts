import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { fillEntry, runNew } from '../helpers/authoring.ts';
import { buildSite } from '../helpers/build-site.ts';
import { brokenCopy, CONTENT, ROOT, tmpDir } from '../helpers/fixture.ts';
import { extraCollectionContent, extraCollectionProject, projectCopy } from '../helpers/project.ts';
import { hostileContent } from '../hostile/corpus.ts';

/*
 * The builds every site test reads, made once per `npm test`, in parallel with each other and with the unit tests:
 * - `fixture`: the fixture knowledge base (with synonyms on label-noise, for the search index), built
 *   under /kb/ by a copy of the project with one more collection (test/helpers/project.ts);
 * - `changed`: the same after edits a later build might bring (a heading renamed with and without an
 *   alias, a page removed, a diagram not yet rendered), for URL stability and the diagram fallback;
 * - `real`: the real knowledge base, as readers get it (also the search-quality gate's index);
 * - `hostile`: the hostile-input corpus built without the content checks (test/hostile/corpus.ts): the
 *   built-site checks at the end of the build must fail it, naming every hostile page; its pages are
 *   all written, for the Content-Security-Policy tests;
 * - `team`: a knowledge base of a team's own lessons only (test/fixtures/team-kb: a postmortem, no guide), plus
 *   a technique written by `npm run new` and filled in as an author would (test/build/team-site.test.ts).
 */
/** Synonyms on the fixture's label-noise, which the search index shows and searches (search-index.test.ts). */
const FIXTURE_SYNONYM_EDITS = {
  'challenges/label-noise.mdx': (s: string) =>
    s.replace(/^title: Label noise$/m, '$&\nsynonyms: [annotation errors, mislabelled examples]'),
};

export const CHANGED_EDITS = {
  'challenges/cold-start.mdx': (s: string) => s.replace('## What teams do about it', '## How teams respond'),
  'challenges/label-noise.mdx': (s: string) =>
    s
      .replace('\nSee also [rank simply](/practices/rank-simply/).\n', '\n')
      .replace(/^## (.+) \\\{#(\S+)\}$/m, '## Reworded \\{#reworded #$2}'),
  'practices/rank-simply.mdx': null,
  'practices/label-by-hand.mdx': (s: string) =>
    `${s.trimEnd()}\n\n\`\`\`mermaid\nflowchart LR\n    A["Label by hand"] --> B["Train"]\n    click B ` +
    `"/techniques/active-learning/"\n\`\`\`\n`,
};

declare module 'vitest' {
  export interface ProvidedContext {
    dist: { fixture: string; changed: string; real: string; hostile: string; team: string; project: string };
  }
}

/**
 * Starts the builds and returns at once: the unit tests (an earlier group, see vitest.config.ts) run
 * while the sites build. Each build leaves `<dist>.done`, or `<dist>.failed` with the build's output;
 * build tests wait for theirs with `ready()` (test/helpers/sites.ts).
 */
export default function setup(project: TestProject) {
  const dirs = {
    fixture: tmpDir('fixture-site-dist'),
    changed: tmpDir('fixture-changed-dist'),
    real: tmpDir('real-site-dist'),
    hostile: tmpDir('hostile-build-dist'),
    team: tmpDir('team-site-dist'),
  };
  for (const dir of Object.values(dirs))
    for (const marker of ['done', 'failed']) rmSync(`${dir}.${marker}`, { force: true });
  const extra = extraCollectionProject();
  const mark = (dir: string, build: Promise<string>) =>
    build.then(
      () => writeFileSync(`${dir}.done`, ''),
      (error: Error) => writeFileSync(`${dir}.failed`, error.message),
    );
  const builds = Promise.all([
    mark(
      dirs.fixture,
      buildSite('fixture-site', extraCollectionContent('extra-content', FIXTURE_SYNONYM_EDITS), {
        base: '/kb/',
        project: extra,
      }),
    ),
    mark(
      dirs.changed,
      // It fails: a heading that another entry links is renamed without an alias (the built-site checks).
      buildSite('fixture-changed', extraCollectionContent('changed-content', CHANGED_EDITS), {
        base: '/kb/',
        project: extraCollectionProject('extra-project-2'),
        failing: true,
      }),
    ),
    mark(dirs.real, buildSite('real-site', CONTENT)),
    mark(
      dirs.hostile,
      buildSite('hostile-build', hostileContent(), { project: projectCopy('hostile-project'), failing: true }),
    ),
    // Its own copy of the project: two builds of one project at once share its .astro/ folder.
    mark(
      dirs.team,
      buildSite('team-site', teamContent(), { project: projectCopy('team-project'), env: { KB_OWNER: TEAM_OWNER } }),
    ),
  ]);
  project.provide('dist', { ...dirs, project: extra });
  return async () => {
    await builds;
  };
}

export const TEAM_OWNER = 'Fixture payments ML team';
export const NEW_TECHNIQUE = {
  from: 'practices/shadow-deploy-retrained-models',
  page: 'techniques/conformal-prediction',
};

/** The team's knowledge base, with one technique added the way an author adds it: `npm run new`, then writing. */
function teamContent(): string {
  const dir = brokenCopy('team-content', `${ROOT}/test/fixtures/team-kb`, {});
  const made = runNew(dir, [
    'technique',
    'Conformal prediction',
    '--tags',
    'monitoring',
    '--stage',
    'model-selection',
    '--from',
    NEW_TECHNIQUE.from,
  ]);
  if (made.status !== 0) throw new Error(`npm run new failed:\n${made.output}`);
  const file = `${dir}/${NEW_TECHNIQUE.page}.mdx`;
  writeFileSync(file, fillEntry(readFileSync(file, 'utf8'), 'fraud-model-postmortem'));
  return dir;
}
