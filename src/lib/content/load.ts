import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { outlineSchema, sourceSchema, tagSchema } from '../../schemas/collections.ts';
import { plainReference } from '../../schemas/references.ts';
import { ENTRY_COLLECTIONS, type EntryCollection, type EntryData, REGISTRY } from '../../schemas/registry.ts';
import type { Problem } from '../problems.ts';
import { analyzeBody, type BodyFacts } from './body.ts';
import { type LocatedYaml, parseYaml } from './frontmatter.ts';
import { parseMdx } from './parse.ts';
import { zodProblems } from './zod-problems.ts';

/*
 * Reads content/ the way Astro's loaders do, parsing each file once, and keeps every value's
 * position so that a problem names the file and line. The checks and the tests start here.
 */
export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;

export interface LoadedFile { id: string; file: string; yaml: LocatedYaml }
/** An entry of collection `C`: its frontmatter, typed by collection, and what its body says. */
export interface LoadedEntryOf<C extends EntryCollection> extends LoadedFile { collection: C; data: EntryData<C>; facts: BodyFacts }
export type LoadedEntry = { [C in EntryCollection]: LoadedEntryOf<C> }[EntryCollection];
export interface LoadedSource extends LoadedFile { data: SourceData }
export interface LoadedRecord<T> { id: string; file: string; line: number; data: T }

export interface Content {
  entries: LoadedEntry[];
  sources: LoadedSource[];
  tags: LoadedRecord<z.infer<typeof tagSchema>>[];
  outline: LoadedRecord<z.infer<typeof outlineSchema>>[];
  problems: Problem[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const yamlProblems = (file: string, yaml: LocatedYaml): Problem[] =>
  yaml.errors.map((e) => ({ file, ...e, rule: 'yaml', message: `invalid YAML: ${e.message}` }));

async function listFiles(dir: string, ext: string): Promise<{ id: string; path: string }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(ext)).sort().map((n) => ({ id: n.slice(0, -ext.length), path: join(dir, n) }));
}

function badId(id: string, file: string): Problem[] {
  return ID.test(id) ? [] : [{ file, line: 1, column: 1, rule: 'file-name', message: `file name "${id}" is not a valid id: rename the file to lowercase words joined by hyphens` }];
}

/*
 * Each distinct text is parsed once per process: what a file says depends on its text alone. The
 * tests check many copies of one knowledge base that differ in a file or two; those parse once.
 */
const parsed = new Map<string, { yaml: LocatedYaml | null; facts: BodyFacts }>();
function parseOnce(text: string) {
  let result = parsed.get(text);
  if (!result) {
    const { tree, yaml } = parseMdx(text);
    result = { yaml, facts: analyzeBody(tree) };
    parsed.set(text, result);
  }
  return result;
}
const schemas = new Map(ENTRY_COLLECTIONS.map((c) => [c, REGISTRY[c].schema(plainReference)]));

/** One MDX file of `collection`, or the problems that keep it out. */
async function loadEntry(collection: EntryCollection, id: string, path: string, file: string, problems: Problem[]): Promise<LoadedEntry | null> {
  const { yaml, facts } = parseOnce(await readFile(path, 'utf8'));
  problems.push(...badId(id, file));
  if (!yaml) {
    problems.push({ file, line: 1, column: 1, rule: 'schema', message: 'no frontmatter: start the file with a `---` block holding title, summary and tags' });
    return null;
  }
  problems.push(...yamlProblems(file, yaml));
  if (yaml.errors.length) return null;
  const result = schemas.get(collection)!.safeParse(yaml.data ?? {});
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, yaml));
    return null;
  }
  // The registry's schema for `collection` validated this data; TypeScript cannot pair the two.
  return { collection, id, file, yaml, data: result.data, facts } as LoadedEntry;
}

export async function loadContent(dir: string, root: string = process.cwd()): Promise<Content> {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p);
  const entries: LoadedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const { id, path } of await listFiles(join(dir, collection), '.mdx')) {
      const entry = await loadEntry(collection, id, path, rel(path), problems);
      if (entry) entries.push(entry);
    }
  }
  const sources: LoadedSource[] = [];
  const schema = sourceSchema(plainReference);
  for (const { id, path } of await listFiles(join(dir, 'sources'), '.yaml')) {
    const file = rel(path);
    const yaml = parseYaml(await readFile(path, 'utf8'));
    problems.push(...badId(id, file), ...yamlProblems(file, yaml));
    if (yaml.errors.length) continue;
    const parsed = schema.safeParse(yaml.data ?? {});
    if (parsed.success) sources.push({ id, file, yaml, data: parsed.data });
    else problems.push(...zodProblems(parsed.error, file, yaml));
  }
  const tags = await loadRecords(join(dir, 'tags.yaml'), tagSchema, rel, problems);
  const outline = await loadRecords(join(dir, 'outline.yaml'), outlineSchema, rel, problems);
  return { entries, sources, tags, outline, problems };
}

/** A YAML file that maps ids to records, such as tags.yaml. */
async function loadRecords<T>(path: string, schema: z.ZodType<T>, rel: (p: string) => string, problems: Problem[]): Promise<LoadedRecord<T>[]> {
  const file = rel(path);
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) {
    problems.push({ file, line: 1, column: 1, rule: 'missing-file', message: `${file} is missing: create it (see README, "Adding an entry")` });
    return [];
  }
  const yaml = parseYaml(text);
  problems.push(...yamlProblems(file, yaml));
  const records: LoadedRecord<T>[] = [];
  for (const [id, value] of Object.entries((yaml.data ?? {}) as Record<string, unknown>)) {
    const line = yaml.locate([id]).line;
    if (!ID.test(id)) problems.push({ file, line, column: 1, rule: 'schema', message: `"${id}" is not a valid id: use lowercase words joined by hyphens` });
    const parsed = schema.safeParse(value);
    if (parsed.success) records.push({ id, file, line, data: parsed.data });
    else problems.push(...zodProblems(parsed.error, file, yaml, [id]));
  }
  return records;
}
