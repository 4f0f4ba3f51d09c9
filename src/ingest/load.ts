import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../report/problems.ts';
import { outlineSchema, tagSchema } from '../schemas/collections.ts';
import { plainReference } from '../schemas/references.ts';
import { ENTRY_COLLECTIONS, type EntryCollection, type EntryData, REGISTRY } from '../schemas/registry.ts';
import { analyzeBody } from './body.ts';
import type { BodyFacts } from './body-facts.ts';
import type { LocatedYaml } from './frontmatter.ts';
import { lenientData } from './lenient.ts';
import {
  badId,
  type LoadedFile,
  type LoadedRecord,
  type LoadedSource,
  listFiles,
  loadRecords,
  loadSources,
  yamlProblems,
} from './load-records.ts';
import { parseMdx } from './parse.ts';
import { looksHeavy, PARSE_BUDGET_MS, parsesInTime } from './parse-probe.ts';
import { type Rel, readContentText } from './read-files.ts';
import { zodProblems } from './zod-problems.ts';

/*
 * Reads content/ the way Astro's loaders do, parsing each file once, and keeps every value's
 * position so that a problem names the file and line. The checks and the tests start here. This
 * file reads the entries; load-records.ts the sources, tags.yaml and outline.yaml.
 */

/**
 * An entry of collection `C`: its frontmatter, typed by collection, and what its body says. A file
 * that fails its schema is reported and still loaded with its valid fields (lenient.ts), so it stays
 * in the graph.
 */
interface LoadedEntryOf<C extends EntryCollection> extends LoadedFile {
  collection: C;
  data: EntryData<C>;
  facts: BodyFacts;
}
export type LoadedEntry = { [C in EntryCollection]: LoadedEntryOf<C> }[EntryCollection];

export interface Content {
  entries: LoadedEntry[];
  sources: LoadedSource[];
  tags: LoadedRecord<z.infer<typeof tagSchema>>[];
  outline: LoadedRecord<z.infer<typeof outlineSchema>>[];
  problems: Problem[];
  /** tags.yaml or outline.yaml could not be read: ids that point into it are not reported as unknown. */
  unreadable: Set<'tags' | 'outline'>;
}

/*
 * Each distinct text is parsed once per process: what a file says depends on its text alone. The
 * tests check many copies of one knowledge base that differ in a file or two; those parse once.
 */
const parsed = new Map<string, { yaml: LocatedYaml | null; facts: BodyFacts; complex: boolean }>();
async function parseOnce(text: string) {
  let result = parsed.get(text);
  if (!result) {
    // A text that could take the parser minutes is first parsed in a worker with a time budget.
    const complex = looksHeavy(text) && !(await parsesInTime(text));
    const { tree, yaml, syntaxError } = parseMdx(text, !complex);
    result = { yaml, facts: analyzeBody(tree, syntaxError), complex };
    parsed.set(text, result);
  }
  return result;
}
const schemas = new Map(ENTRY_COLLECTIONS.map((c) => [c, REGISTRY[c].schema(plainReference)]));

/** One MDX file of `collection`, or the problems that keep it out. */
async function loadEntry(
  collection: EntryCollection,
  id: string,
  path: string,
  file: string,
  problems: Problem[],
  rel: Rel,
): Promise<LoadedEntry | null> {
  // A name that is not an id may not even be valid UTF-8: report it and read no further.
  const idProblems = badId(id, file);
  problems.push(...idProblems);
  if (idProblems.length) return null;
  const text = await readContentText(path, rel, problems);
  if (text === null) return null;
  const { yaml, facts, complex } = await parseOnce(text);
  if (complex)
    problems.push({
      file,
      line: facts.bodyLine,
      column: 1,
      rule: 'too-complex',
      message:
        `this text takes the parser more than ${PARSE_BUDGET_MS / 1000} s to read: it nests emphasis, ` +
        `brackets, quotes or lists thousands deep; flatten it`,
    });
  if (!yaml) {
    problems.push({
      file,
      line: 1,
      column: 1,
      rule: 'schema',
      message: /^---\r?\n/.test(text)
        ? 'the frontmatter is not closed: end it with a line that holds only `---`'
        : 'no frontmatter: start the file with a `---` block holding title, summary and tags',
    });
    return null;
  }
  problems.push(...yamlProblems(file, yaml));
  const schema = schemas.get(collection)!;
  const result = yaml.errors.length ? null : schema.safeParse(yaml.data ?? {});
  if (result && !result.success) problems.push(...zodProblems(result.error, file, yaml));
  const data = result?.success ? result.data : lenientData(schema, yaml.data, id);
  // The registry's schema for `collection` validated this data (or kept its valid fields); TypeScript cannot pair the
  // two.
  return { collection, id, file, yaml, text, data, facts } as LoadedEntry;
}

export async function loadContent(dir: string, root: string = process.cwd()): Promise<Content> {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p);
  const entries: LoadedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const { id, path } of await listFiles(join(dir, collection), '.mdx', rel, problems)) {
      const entry = await loadEntry(collection, id, path, rel(path), problems, rel);
      if (entry) entries.push(entry);
    }
  }
  const sources = await loadSources(dir, rel, problems);
  const unreadable = new Set<'tags' | 'outline'>();
  const tags = await loadRecords(join(dir, 'tags.yaml'), tagSchema, rel, problems, () => unreadable.add('tags'));
  const outline = await loadRecords(join(dir, 'outline.yaml'), outlineSchema, rel, problems, () =>
    unreadable.add('outline'),
  );
  return { entries, sources, tags, outline, problems, unreadable };
}
