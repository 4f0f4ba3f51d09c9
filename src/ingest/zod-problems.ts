import type { z } from 'astro/zod';
import type { Problem } from '../report/problems.ts';
import type { LocatedYaml } from './frontmatter.ts';

/**
 * Turns a schema failure into problems that point at the offending line of the file, phrased as
 * "`field` what is wrong: how to fix". The words for each field are its own (src/schemas/fields.ts);
 * a missing field points where it would be added, and a value of the wrong type is described as found.
 */
export function zodProblems(
  error: z.ZodError,
  file: string,
  yaml: LocatedYaml,
  pathPrefix: PropertyKey[] = [],
): Problem[] {
  return error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    const found = valueAt(yaml.data, path);
    // An absent value is reported where it would be added, whatever Zod calls it (an enum says "invalid value").
    const { line, column } = found === undefined ? yaml.locateMissing(path) : yaml.locate(path);
    const field = issue.path.length ? issue.path.map(String).join('.') : null;
    let message: string;
    if (issue.code === 'unrecognized_keys') {
      message =
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}: ` +
        `remove it or fix its spelling`;
      return { file, ...yaml.locateKey([...path, issue.keys[0]!]), rule: 'schema', message };
    }
    const joined = typeof found === 'string' ? joinedItems(field, found, yaml.sourceOf(path)) : null;
    if (joined) return { file, line, column, rule: 'schema', message: joined };
    // Zod reports a wrong type and a missing field alike; only a missing field is "missing".
    if (issue.code === 'invalid_type' && !field)
      message =
        `the file must hold fields, one per line (\`title: ...\`), but holds ${describe(found)}: write ` +
        `\`name: value\` lines`;
    else if (issue.code === 'invalid_type' && found !== undefined && field)
      message = wrongType(field, issue.expected, found);
    else message = field ? `\`${field}\` ${issue.message}` : issue.message;
    return { file, line, column, rule: 'schema', message };
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list such as [a, b]',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
};

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 30 ? `${value.slice(0, 27)}...` : value}"`;
  if (typeof value === 'object') return 'a group of fields';
  return `the ${typeof value} ${String(value)}`;
}

/**
 * A list item that YAML read together with the lines under it: `- b` indented deeper than `- a`
 * continues the text of `a` ("a - b"), a mistake the schema can only call a bad value.
 */
function joinedItems(field: string | null, found: string, source: string | undefined): string | null {
  // Only plain text runs on like that; a quoted or `>`/`|` block text says where it ends.
  if (!source || /^["'>|]/.test(source)) return null;
  const lines = source.split('\n');
  const next = lines.slice(1).find((l) => /^\s*-\s/.test(l));
  if (!field || lines.length < 2 || !next) return null;
  return (
    `\`${field}\` is ${describe(found)}: YAML read \`${next.trim()}\` as more of the item above ` +
    `it, because it is indented deeper; start every \`- item\` of the list at the same column`
  );
}

function wrongType(field: string, expected: string, found: unknown): string {
  const key = field.split('.').at(-1);
  if (expected === 'array' && typeof found === 'string') return notAList(field, key!, found);
  const fix =
    expected === 'array' && typeof found !== 'object'
      ? `write it as a list: \`${key}: [${String(found)}]\``
      : expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')
        ? `put it in quotes: \`${key}: "${String(found)}"\``
        : `write ${EXPECTED[expected] ?? expected} there`;
  return `\`${field}\` must be ${EXPECTED[expected] ?? expected}, but is ${describe(found)}: ${fix}`;
}

/** YAML reads `tags: a, b` (or an item under `tags:` without its `- `) as one text, not a list. */
function notAList(field: string, key: string, found: string): string {
  const items = found
    .split(/,|\s+-\s+/)
    .map((item) => item.trim().replace(/^-\s*/, ''))
    .filter(Boolean);
  return (
    `\`${field}\` is ${describe(found)}, not a list: write \`${key}: [${items.join(', ')}]\` or one \`- item\` ` +
    `per line, indented under \`${key}:\``
  );
}
