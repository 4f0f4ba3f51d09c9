import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/ingest/load.ts';
import { outlineSchema, sourceSchema, tagSchema } from '../../src/schemas/collections.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { ENTRY_COLLECTIONS, REGISTRY } from '../../src/schemas/registry.ts';
import { brokenCopy, CONTENT, FIXTURE, ROOT, tmpDir } from '../helpers/fixture.ts';

/*
 * Every field of every schema, derived from the schemas themselves (the entry collections of the
 * registry, sources, tags, outline), is fed a missing value and wrong-typed values in a real file
 * of the content, through the loader. No message may be Zod's own wording; each names its field,
 * a missing one says what to add and points where to add it, and none points at line 1 (every
 * file here starts with a line that holds no field).
 */
type Data = Record<string, unknown>;
type Path = (string | number)[];
interface Kind {
  name: string;
  schema: z.ZodType;
  /** Where the fields sit in the file's data: a tag or outline record is under its id. */
  prefix: Path;
  data: Data;
  file: string;
  write: (data: Data) => string;
}

const RAW_ZOD = /Invalid input|expected \w+, received|Too (small|big)|Invalid (string|option|element)/;
const first = (dir: string, ext: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith(ext))
    .sort()[0]!;
const yamlFile = (data: Data) => `# A file made by test/unit/schema-messages.test.ts\n${stringify(data)}`;

function entryKind(collection: (typeof ENTRY_COLLECTIONS)[number]): Kind {
  const text = readFileSync(join(CONTENT, collection, first(collection, '.mdx')), 'utf8');
  // The body is not what the schema reads: a short one keeps each parse cheap.
  const head = /^---\n([\s\S]*?)\n---\n/.exec(text)![1];
  return {
    name: collection,
    schema: REGISTRY[collection].schema(plainReference),
    prefix: [],
    data: parse(head!),
    file: `${collection}/made.mdx`,
    write: (data) => `---\n${stringify(data)}---\n\nA paragraph of the body.\n`,
  };
}

/** A source with the most fields, guide-only claims among them, so that each nested field is there. */
function sourceKind(): Kind {
  const all = readdirSync(join(CONTENT, 'sources')).map((f) =>
    parse(readFileSync(join(CONTENT, 'sources', f), 'utf8')),
  );
  const data = all
    .filter((d: Data) => Array.isArray(d.guide_only) && d.guide_only.length)
    .sort((a: Data, b: Data) => Object.keys(b).length - Object.keys(a).length)[0];
  return {
    name: 'sources',
    schema: sourceSchema(plainReference),
    prefix: [],
    data,
    file: 'sources/made.yaml',
    write: yamlFile,
  };
}

/** A record of tags.yaml or outline.yaml (the first with points), with the others around it. */
function recordKind(name: 'tags' | 'outline', schema: z.ZodType): Kind {
  const all: Data = parse(readFileSync(join(CONTENT, `${name}.yaml`), 'utf8'));
  const id = Object.keys(all).find((k) => name === 'tags' || (all[k] as Data).points)!;
  return { name, schema, prefix: [id], data: all, file: `${name}.yaml`, write: yamlFile };
}

const KINDS: Kind[] = [
  ...ENTRY_COLLECTIONS.map(entryKind),
  sourceKind(),
  recordKind('tags', tagSchema),
  recordKind('outline', outlineSchema),
];

/** The schema inside optional, default, nullable and transforms. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } }).def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}
const shapeOf = (schema: z.ZodType) => (unwrap(schema) as unknown as { shape?: Record<string, z.ZodType> }).shape;
const elementOf = (schema: z.ZodType) => (unwrap(schema) as unknown as { def: { element?: z.ZodType } }).def.element;

/** Every field path of a schema, into the first item of a list of records. */
function fieldsOf(schema: z.ZodType, path: Path = []): { path: Path; field: z.ZodType }[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([key, field]) => {
    const element = elementOf(field);
    const nested = element && shapeOf(element) ? fieldsOf(element, [...path, key, 0]) : [];
    return [{ path: [...path, key], field }, ...nested];
  });
}

function withValue(data: Data, path: Path, value: unknown): Data {
  const copy = structuredClone(data);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return copy;
}

const DIR = tmpDir('schema-messages');
async function problemsOf(kind: Kind, data: Data) {
  rmSync(DIR, { recursive: true, force: true });
  const text = kind.write(data);
  mkdirSync(dirname(join(DIR, kind.file)), { recursive: true });
  writeFileSync(join(DIR, kind.file), text);
  const { problems } = await loadContent(DIR, ROOT);
  return { text, problems: problems.filter((p) => p.rule === 'schema' && p.file.endsWith(kind.file)) };
}

describe.each(KINDS.map((k) => [k.name, k] as const))('every field of %s', (_, kind) => {
  const fields = fieldsOf(kind.schema);
  it('has a valid base file and its nested fields', async () => {
    expect(fields.length).toBeGreaterThan(1);
    expect((await problemsOf(kind, kind.data)).problems).toEqual([]);
  });

  it.each(fields.map((f) => [f.path.join('.'), f] as const))('%s', async (_, { path, field }) => {
    const key = String(path.at(-1));
    const full = [...kind.prefix, ...path];
    const wrong = [{ wrong: 1 }, 7, 'x'].filter((v) => !field.safeParse(v).success);
    expect(wrong.length).toBeGreaterThan(0);
    for (const value of [undefined, ...wrong]) {
      const { text, problems } = await problemsOf(kind, withValue(kind.data, full, value));
      const lines = text.trimEnd().split('\n');
      const required = !field.safeParse(undefined).success;
      if (value !== undefined || required) expect(problems.length, `${key}: ${String(value)}`).toBeGreaterThan(0);
      for (const p of problems) {
        const said = `${p.line}:${p.column} ${p.message}`;
        expect(p.message, said).not.toMatch(RAW_ZOD);
        expect(p.message, said).toContain(`${key}\``);
        expect(p.line, said).toBeGreaterThan(1);
        expect(p.line, said).toBeLessThanOrEqual(lines.length);
      }
      if (value === undefined && required) {
        const missing = problems.find((p) => p.message.includes(`is missing: add \`${key}:`));
        expect(missing, `${key}: ${problems.map((p) => p.message).join('\n')}`).toBeDefined();
        // A field of the file itself is added before the frontmatter's closing `---`, or after the last field.
        if (full.length === 1 && kind.file.endsWith('.mdx')) expect(missing!.line).toBe(lines.indexOf('---', 1) + 1);
        else if (full.length === 1) expect(missing!.line).toBe(lines.length);
      }
    }
  });
});

describe('a list that YAML read as one text', () => {
  const RANK = 'practices/rank-simply.mdx';
  const messageFor = async (tags: string) => {
    const dir = brokenCopy(`list-as-text-${tags.length}`, FIXTURE, {
      [RANK]: (s) => s.replace('tags: [ranking]', tags),
    });
    return (await loadContent(dir, ROOT)).problems.filter((p) => p.rule === 'schema');
  };

  it('says so for `tags: a, b`, and shows both ways to write a list', async () => {
    const [p, ...rest] = await messageFor('tags: ranking, labeling');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 5, column: 7 });
    expect(p!.message).toBe(
      '`tags` is the text "ranking, labeling", not a list: write `tags: [ranking, labeling]` or one `- item` per ' +
        'line, indented under `tags:`',
    );
  });

  it('says which line a deeper `- item` was joined from', async () => {
    const [p, ...rest] = await messageFor('tags:\n  - ranking\n    - labeling');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 6, column: 5 });
    expect(p!.message).toMatch(
      /^`tags\.0` is the text "ranking - labeling": YAML read `- labeling` as more of the item/,
    );
    expect(p!.message).toMatch(/start every `- item` of the list at the same column$/);
  });
});
