import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  challengeSchema, companySchema, frameworkSchema, outlineSchema, plainReference, practiceSchema, sourceSchema, tagSchema, techniqueSchema,
} from '../../schemas/collections.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../schemas/vocab.ts';
import type { Problem } from '../problems.ts';
import { parseYaml, splitFrontmatter, type LocatedYaml } from './frontmatter.ts';
import { zodProblems } from './zod-problems.ts';

/*
 * Reads content/ the way Astro's loaders do, but keeps every value's position so that a
 * schema error names the file and line. The checks and the tests start here.
 */
const schemas = {
  practices: practiceSchema(plainReference),
  challenges: challengeSchema(plainReference),
  techniques: techniqueSchema(plainReference),
  companies: companySchema(plainReference),
  frameworks: frameworkSchema(plainReference),
};
export type EntryData = z.infer<(typeof schemas)['practices']> & Partial<z.infer<(typeof schemas)['techniques']>> & {
  stages?: string[]; guide?: string[]; names?: string[];
};
export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;

export interface LoadedFile { id: string; file: string; yaml: LocatedYaml }
export interface LoadedEntry extends LoadedFile { collection: EntryCollection; data: EntryData; body: string; bodyLine: number }
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

async function listFiles(dir: string, ext: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(ext)).sort().map((n) => join(dir, n));
}

function badId(id: string, file: string): Problem | null {
  return ID.test(id) ? null : { file, line: 1, column: 1, rule: 'file-name', message: `file name "${id}" is not a valid id: rename the file to lowercase words joined by hyphens` };
}

export async function loadContent(dir: string, root: string = process.cwd()): Promise<Content> {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p);
  const entries: LoadedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const path of await listFiles(join(dir, collection), '.mdx')) {
      const file = rel(path);
      const id = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
      const split = splitFrontmatter(await readFile(path, 'utf8'));
      const yaml = parseYaml(split.frontmatter ?? '', split.frontmatterLine - 1);
      const found = [badId(id, file)].filter((p): p is Problem => p !== null);
      if (split.frontmatter === null) found.push({ file, line: 1, column: 1, rule: 'schema', message: 'no frontmatter: start the file with a `---` block holding title, summary and tags' });
      found.push(...yaml.errors.map((e) => ({ file, ...e, rule: 'yaml', message: `invalid YAML: ${e.message}` })));
      const parsed = split.frontmatter !== null && !yaml.errors.length ? schemas[collection].safeParse(yaml.data ?? {}) : null;
      if (parsed && !parsed.success) found.push(...zodProblems(parsed.error, file, yaml));
      problems.push(...found);
      if (parsed?.success) entries.push({ collection, id, file, yaml, data: parsed.data as EntryData, body: split.body, bodyLine: split.bodyLine });
    }
  }
  const sources: LoadedSource[] = [];
  const sourceSchemaPlain = sourceSchema(plainReference);
  for (const path of await listFiles(join(dir, 'sources'), '.yaml')) {
    const file = rel(path);
    const id = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    const yaml = parseYaml(await readFile(path, 'utf8'));
    const idProblem = badId(id, file);
    if (idProblem) problems.push(idProblem);
    problems.push(...yaml.errors.map((e) => ({ file, ...e, rule: 'yaml', message: `invalid YAML: ${e.message}` })));
    if (yaml.errors.length) continue;
    const parsed = sourceSchemaPlain.safeParse(yaml.data ?? {});
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
  problems.push(...yaml.errors.map((e) => ({ file, ...e, rule: 'yaml', message: `invalid YAML: ${e.message}` })));
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
