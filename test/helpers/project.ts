import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { brokenCopy, FIXTURE, ROOT, tmpDir } from './fixture.ts';

/*
 * A copy of this project with one more collection, `datasets`, added the way README tells a
 * newcomer to: a registry entry, and content. The fixture site is built from it, so every site test
 * also proves that a collection added in one place gets its pages, navigation, index, search type
 * and checks. `changedFiles` lists what differs from the repository, for the test that counts them.
 * Astro writes its generated files into the project (.astro/): two builds at once need two copies.
 */
export const DATASETS_ENTRY = `  datasets: entryCollection({
    label: { one: 'Dataset', many: 'Datasets' },
    intro: 'The datasets that case studies trained and evaluated on.',
    fields: { ...entryBase, stages: f.stages },
    refs: { challenges: 'challenges' },
    shape: [section('contents', 'What it contains', 'the records, their labels and where they come from')],
    attributed: true,
  }),
`;
const REGISTRY_FILE = 'src/schemas/registry.ts';
export const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A plain copy of the project, sharing node_modules: two builds at once need two projects. */
export function projectCopy(name: string): string {
  const dir = tmpDir(name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of COPIED) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function extraCollectionProject(name = 'extra-project'): string {
  const dir = projectCopy(name);
  const registry = readFileSync(join(dir, REGISTRY_FILE), 'utf8');
  // The new entry goes last in the registry object, so the collection comes last in the navigation.
  writeFileSync(
    join(dir, REGISTRY_FILE),
    registry.replace(/\n};\n\nexport type EntryCollection/, `\n${DATASETS_ENTRY}};\n\nexport type EntryCollection`),
  );
  return dir;
}

/** The fixture knowledge base with the new collection's content, and one existing entry linking to it. */
export function extraCollectionContent(name = 'extra-content', edits: Parameters<typeof brokenCopy>[2] = {}): string {
  const dir = brokenCopy(name, FIXTURE, {
    'practices/label-by-hand.mdx': (s) =>
      `${s.trimEnd()}\n\nSee [the widget clicks dataset](/datasets/widget-clicks/).\n`,
    ...edits,
  });
  cpSync(join(ROOT, 'test/fixtures/extra-collection/datasets'), join(dir, 'datasets'), { recursive: true });
  return dir;
}

/** Files of `copy` under `paths` that are new or differ from the same file in `original`. */
export function changedFiles(original: string, copy: string, paths: string[]): string[] {
  const changed: string[] = [];
  const walk = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
  for (const path of paths) {
    for (const file of walk(join(copy, path))) {
      const rel = relative(copy, file);
      const before = join(original, rel);
      if (!existsSync(before) || readFileSync(before, 'utf8') !== readFileSync(file, 'utf8')) changed.push(rel);
    }
  }
  return changed.sort();
}
