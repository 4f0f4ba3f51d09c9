import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  challengeSchema, companySchema, frameworkSchema, outlineSchema, plainReference, practiceSchema, sourceSchema, tagSchema, techniqueSchema,
} from '../../schemas/collections.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../schemas/vocab.ts';
import type { Problem } from '../problems.ts';
import { parseYaml, splitFrontmatter, type LocatedYaml } from './frontmatter.ts';
import { lenientData } from './lenient.ts';
import { looksHeavy, PARSE_BUDGET_MS, parsesInTime } from './parse-probe.ts';
import { listContentFiles, readContentText } from './read-files.ts';
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
/** A file that fails its schema is reported and still loaded with its valid fields (lenient.ts), so it stays in the graph. */
export interface LoadedEntry extends LoadedFile { collection: EntryCollection; data: EntryData; body: string; bodyLine: number }
export interface LoadedSource extends LoadedFile { data: SourceData }
export interface LoadedRecord<T> { id: string; file: string; line: number; data: T }

export interface Content {
  entries: LoadedEntry[];
  sources: LoadedSource[];
  tags: LoadedRecord<z.infer<typeof tagSchema>>[];
  outline: LoadedRecord<z.infer<typeof outlineSchema>>[];
  problems: Problem[];
  /** tags.yaml or outline.yaml could not be read: ids that point into it are not reported as unknown. */
  unreadable: Set<'tags' | 'outline'>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function badId(id: string, file: string): Problem | null {
  return ID.test(id) ? null : { file, line: 1, column: 1, rule: 'file-name', message: `file name "${id}" is not a valid id: rename the file to lowercase words joined by hyphens` };
}

export async function loadContent(dir: string, root: string = process.cwd()): Promise<Content> {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p);
  const entries: LoadedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const path of await listContentFiles(join(dir, collection), '.mdx', rel, problems)) {
      const file = rel(path);
      const id = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
      const idProblem = badId(id, file);
      // A name that is not an id may not even be valid UTF-8: report it and read no further.
      if (idProblem) { problems.push(idProblem); continue; }
      const text = await readContentText(path, rel, problems);
      if (text === null) continue;
      const split = splitFrontmatter(text);
      if (looksHeavy(split.body) && !(await parsesInTime(split.body))) {
        problems.push({ file, line: split.bodyLine, column: 1, rule: 'too-complex',
          message: `this text takes the parser more than ${PARSE_BUDGET_MS / 1000} s to read: it nests emphasis, brackets, quotes or lists thousands deep; flatten it` });
        split.body = '';
      }
      const yaml = parseYaml(split.frontmatter ?? '', split.frontmatterLine - 1);
      if (split.frontmatter === null) problems.push({ file, line: 1, column: 1, rule: 'schema', message: /^---\r?\n/.test(text)
        ? 'the frontmatter is not closed: end it with a line that holds only `---`'
        : 'no frontmatter: start the file with a `---` block holding title, summary and tags' });
      problems.push(...yamlProblems(file, yaml));
      const parsed = split.frontmatter !== null && !yaml.errors.length ? schemas[collection].safeParse(yaml.data ?? {}) : null;
      if (parsed && !parsed.success) problems.push(...zodProblems(parsed.error, file, yaml));
      const data = parsed?.success ? parsed.data : lenientData(schemas[collection], yaml.data, id);
      entries.push({ collection, id, file, yaml, data: data as EntryData, body: split.body, bodyLine: split.bodyLine });
    }
  }
  const sources: LoadedSource[] = [];
  const sourceSchemaPlain = sourceSchema(plainReference);
  for (const path of await listContentFiles(join(dir, 'sources'), '.yaml', rel, problems)) {
    const file = rel(path);
    const id = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    const idProblem = badId(id, file);
    if (idProblem) { problems.push(idProblem); continue; }
    const text = await readContentText(path, rel, problems);
    if (text === null) continue;
    const yaml = parseYaml(text);
    problems.push(...yamlProblems(file, yaml));
    const parsed = yaml.errors.length ? null : sourceSchemaPlain.safeParse(yaml.data ?? {});
    if (parsed && !parsed.success) problems.push(...zodProblems(parsed.error, file, yaml));
    const data = parsed?.success ? parsed.data : lenientData(sourceSchemaPlain, yaml.data, id);
    sources.push({ id, file, yaml, data: data as SourceData });
  }
  const unreadable = new Set<'tags' | 'outline'>();
  const tags = await loadRecords(join(dir, 'tags.yaml'), tagSchema, rel, problems, () => unreadable.add('tags'));
  const outline = await loadRecords(join(dir, 'outline.yaml'), outlineSchema, rel, problems, () => unreadable.add('outline'));
  return { entries, sources, tags, outline, problems, unreadable };
}

const yamlProblems = (file: string, yaml: LocatedYaml): Problem[] =>
  yaml.errors.map((e) => ({ file, ...e, rule: 'yaml', message: `invalid YAML: ${e.message}` }));

/** A YAML file that maps ids to records, such as tags.yaml. */
async function loadRecords<T>(path: string, schema: z.ZodType<T>, rel: (p: string) => string, problems: Problem[], unread: () => void): Promise<LoadedRecord<T>[]> {
  const file = rel(path);
  if (!existsSync(path)) {
    problems.push({ file, line: 1, column: 1, rule: 'missing-file', message: `${file} is missing: create it (see README, "Adding an entry")` });
    return [];
  }
  const text = await readContentText(path, rel, problems, 1024 * 1024);
  const yaml = parseYaml(text ?? '');
  problems.push(...yamlProblems(file, yaml));
  const data = yaml.data ?? {};
  if (text === null || yaml.errors.length || typeof data !== 'object' || Array.isArray(data)) {
    if (text !== null && !yaml.errors.length) problems.push({ file, line: 1, column: 1, rule: 'schema', message: 'this file must map ids to records (`my-id:` then indented fields), not hold a list or a value' });
    unread();
    return [];
  }
  const records: LoadedRecord<T>[] = [];
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const line = yaml.locate([id]).line;
    if (!ID.test(id)) problems.push({ file, line, column: 1, rule: 'schema', message: `"${id}" is not a valid id: use lowercase words joined by hyphens` });
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push(...zodProblems(parsed.error, file, yaml, [id]));
    // A record that fails its schema still exists, so ids that point at it are not reported as unknown.
    records.push({ id, file, line, data: parsed.success ? parsed.data : (lenientData(schema, value, id) as T) });
  }
  return records;
}
