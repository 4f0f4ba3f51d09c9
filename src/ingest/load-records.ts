import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../report/problems.ts';
import { sourceSchema } from '../schemas/collections.ts';
import { plainReference } from '../schemas/references.ts';
import { type LocatedYaml, parseYaml } from './frontmatter.ts';
import { lenientData } from './lenient.ts';
import { listContentFiles, type Rel, readContentText } from './read-files.ts';
import { zodProblems } from './zod-problems.ts';

/*
 * The YAML half of reading content/ (load.ts reads the entries): the sources, one file each, and the
 * files that map ids to records (tags.yaml, outline.yaml). Each file is parsed once and keeps its
 * positions, so that a problem names the file and line; one that fails its schema still loads.
 */
type SourceData = z.infer<ReturnType<typeof sourceSchema>>;

export interface LoadedFile {
  id: string;
  file: string;
  yaml: LocatedYaml;
  /** The file as written, for rules about its characters rather than its structure. */
  text: string;
}
export interface LoadedSource extends LoadedFile {
  data: SourceData;
}
export interface LoadedRecord<T> {
  id: string;
  file: string;
  line: number;
  data: T;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const yamlProblems = (file: string, yaml: LocatedYaml): Problem[] =>
  yaml.errors.map((e) => ({ file, ...e, rule: 'yaml', message: `invalid YAML: ${e.message}` }));

export async function listFiles(dir: string, ext: string, rel: Rel, problems: Problem[]) {
  const paths = await listContentFiles(dir, ext, rel, problems);
  return paths.map((path) => ({ id: path.slice(path.lastIndexOf('/') + 1, -ext.length), path }));
}

/** A file name that is not an id, which may not even be valid UTF-8: reported, and the file read no further. */
export function badId(id: string, file: string): Problem[] {
  if (ID.test(id)) return [];
  const message = `file name "${id}" is not a valid id: rename the file to lowercase words joined by hyphens`;
  return [{ file, line: 1, column: 1, rule: 'file-name', message }];
}

export async function loadSources(dir: string, rel: Rel, problems: Problem[]): Promise<LoadedSource[]> {
  const sources: LoadedSource[] = [];
  const schema = sourceSchema(plainReference);
  for (const { id, path } of await listFiles(join(dir, 'sources'), '.yaml', rel, problems)) {
    const file = rel(path);
    const idProblems = badId(id, file);
    problems.push(...idProblems);
    if (idProblems.length) continue;
    const text = await readContentText(path, rel, problems);
    if (text === null) continue;
    const yaml = parseYaml(text);
    problems.push(...yamlProblems(file, yaml));
    const parsed = yaml.errors.length ? null : schema.safeParse(yaml.data ?? {});
    if (parsed && !parsed.success) problems.push(...zodProblems(parsed.error, file, yaml));
    const data = parsed?.success ? parsed.data : lenientData(schema, yaml.data, id);
    sources.push({ id, file, yaml, text, data: data as SourceData });
  }
  return sources;
}

/** A YAML file that maps ids to records, such as tags.yaml; `unread()` says it could not be read as one. */
export async function loadRecords<T>(
  path: string,
  schema: z.ZodType<T>,
  rel: Rel,
  problems: Problem[],
  unread: () => void,
): Promise<LoadedRecord<T>[]> {
  const file = rel(path);
  if (!existsSync(path)) {
    const message = `${file} is missing: create it (see README, "Adding an entry")`;
    problems.push({ file, line: 1, column: 1, rule: 'missing-file', message });
    return [];
  }
  const text = await readContentText(path, rel, problems, 1024 * 1024);
  const yaml = parseYaml(text ?? '');
  problems.push(...yamlProblems(file, yaml));
  const data = yaml.data ?? {};
  if (text === null || yaml.errors.length || typeof data !== 'object' || Array.isArray(data)) {
    if (text !== null && !yaml.errors.length)
      problems.push({
        file,
        line: 1,
        column: 1,
        rule: 'schema',
        message: 'this file must map ids to records (`my-id:` then indented fields), not hold a list or a value',
      });
    unread();
    return [];
  }
  const records: LoadedRecord<T>[] = [];
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const line = yaml.locate([id]).line;
    if (!ID.test(id))
      problems.push({
        file,
        line,
        column: 1,
        rule: 'schema',
        message: `"${id}" is not a valid id: use lowercase words joined by hyphens`,
      });
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push(...zodProblems(parsed.error, file, yaml, [id]));
    // A record that fails its schema still exists, so ids that point at it are not reported as unknown.
    records.push({ id, file, line, data: parsed.success ? parsed.data : (lenientData(schema, value, id) as T) });
  }
  return records;
}
