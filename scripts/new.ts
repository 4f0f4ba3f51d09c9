/**
 * `npm run new <collection> "Title" [--tags a,b] [--stage data] [--from practices/x] [--guide s] [--id x]`
 * `npm run new source "Title" [--kind postmortem] [--organisation acme]`
 *
 * Writes a new entry (or source) with every field and section its schema requires, `TODO:` where
 * only the author can write it, and links it from the entry named by --from. In a terminal it asks
 * for what the flags leave out; in a script it refuses instead. `npm run check` then lists each
 * placeholder still to replace (rule `placeholder`).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { collectionNamed, createNew, NewError, type NewRequest } from '../src/author/new-entry.ts';
import { contentDir } from '../src/ingest/settings.ts';
import { STAGE_IDS } from '../src/schemas/vocab.ts';

const USAGE =
  'usage: npm run new <collection> "Title" -- [--tags a,b] [--stage data] [--from practices/some-entry] ' +
  '[--guide section-id] [--id some-id]\n       npm run new source "Title" -- [--kind postmortem] [--organisation acme]';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const OPTIONS = ['tags', 'stage', 'from', 'guide', 'id', 'kind', 'organisation'] as const;

// `npm run new x "Title" --tags a` without the `--`: npm keeps `--tags` as its own setting (it says so
// in the environment) and hands the script `a` alone, which would end up in the title.
const takenByNpm = OPTIONS.filter((name) => process.env[`npm_config_${name}`] !== undefined);
if (takenByNpm.length)
  fail(
    `npm took ${takenByNpm.map((n) => `--${n}`).join(', ')} for its own setting, so the value would have gone ` +
      `into the title: put \`--\` before the flags, as in \`npm run new practice "Title" -- --tags a,b\`\n${USAGE}`,
  );

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  // Run as `node scripts/new.ts … -- --tags a`, the `--` that npm would have taken is still there.
  const args = process.argv.slice(2);
  const dashes = args.indexOf('--');
  if (dashes >= 0) args.splice(dashes, 1);
  return parseArgs({
    args,
    allowPositionals: true,
    options: Object.fromEntries(OPTIONS.map((name) => [name, { type: 'string' }])) as {
      [K in (typeof OPTIONS)[number]]: { type: 'string' };
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
const [what, ...titleWords] = positionals;
const title = titleWords.join(' ').trim();
if (!what || !title) fail(`give a collection and a title\n${USAGE}`);
const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const request: NewRequest = {
  what,
  title,
  id: values.id,
  tags: list(values.tags),
  stages: list(values.stage),
  guide: list(values.guide),
  from: values.from,
  kind: values.kind,
  organisation: values.organisation,
};

// In a terminal, ask for what an entry needs and the flags left out; a script gets a refusal instead.
const collection = collectionNamed(what);
if (process.stdin.isTTY && collection && collection !== 'sources') {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  if (!request.tags.length)
    request.tags = list(await rl.question('Tags (ids from content/tags.yaml, comma-separated): '));
  if (!request.stages.length && collection !== 'companies' && collection !== 'frameworks')
    request.stages = list(await rl.question(`Lifecycle stages (${STAGE_IDS.join(', ')}): `));
  request.from ??= (await rl.question('Link it from which entry (collection/id, or none)? ')).trim() || undefined;
  rl.close();
}

try {
  const { written, notes } = createNew(contentDir(), request);
  for (const file of written) console.log(`✓ wrote ${file}`);
  for (const note of notes) console.log(`  ${note}`);
  console.log('  next: replace each TODO: placeholder, then run `npm run check`');
} catch (error) {
  if (error instanceof NewError) fail(error.message);
  throw error;
}
