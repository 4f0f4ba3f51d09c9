import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { slug } from 'github-slugger';
import { parse } from 'yaml';
import { plainReference } from '../schemas/references.ts';
import { ENTRY_COLLECTIONS, type EntryCollection, isEntryCollection, REGISTRY } from '../schemas/registry.ts';
import { SOURCE_KINDS, STAGE_IDS } from '../schemas/vocab.ts';
import { addBacklink } from './backlink.ts';
import { entrySkeleton, sourceSkeleton } from './skeleton.ts';

/*
 * `npm run new <collection> "Title"`: checks the author's answers against the content as it is
 * (tags.yaml, outline.yaml, the entry to link from), writes the skeleton and the backlink, and
 * says what is left to write. Every refusal names what to do instead; nothing is written then.
 */
export class NewError extends Error {}

export interface NewRequest {
  /** A collection id (`techniques`), its singular (`technique`), or `source`. */
  what: string;
  title: string;
  id?: string | undefined;
  tags: string[];
  stages: string[];
  guide: string[];
  /** `collection/id` of the entry that will link to the new one. */
  from?: string | undefined;
  kind?: string | undefined;
  organisation?: string | undefined;
}

/** `techniques`, `technique` or `Technique` → `techniques`; `source(s)` → `sources`; anything else → null. */
export function collectionNamed(what: string): EntryCollection | 'sources' | null {
  const name = what.toLowerCase();
  if (name === 'source' || name === 'sources') return 'sources';
  if (isEntryCollection(name)) return name;
  return ENTRY_COLLECTIONS.find((c) => REGISTRY[c].label.one.toLowerCase() === name) ?? null;
}

const idsIn = (file: string): string[] =>
  existsSync(file) ? Object.keys((parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {}) : [];

function refuse(values: string[], known: string[], what: string, file: string) {
  const unknown = values.filter((v) => !known.includes(v));
  if (unknown.length)
    throw new NewError(
      `${what} ${unknown.map((u) => `"${u}"`).join(', ')} not in ${file}: use one of ${known.join(', ')}`,
    );
}

export function createNew(dir: string, req: NewRequest, root = process.cwd()): { written: string[]; notes: string[] } {
  const collection = collectionNamed(req.what);
  if (!collection)
    throw new NewError(
      `unknown collection "${req.what}": write one of ${[...ENTRY_COLLECTIONS, 'source'].join(', ')} ` +
        '(or a singular such as `technique`)',
    );
  const id = req.id ?? slug(req.title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new NewError(`"${id}" is not an id: give --id with lowercase words joined by hyphens`);
  const file = join(dir, collection, `${id}.${collection === 'sources' ? 'yaml' : 'mdx'}`);
  const shown = relative(root, file);
  if (existsSync(file)) throw new NewError(`${shown} already exists: pick another title, or give another --id`);
  if (collection === 'sources') {
    const kind = req.kind ?? 'blog-post';
    refuse([kind], [...SOURCE_KINDS], 'kind', 'the source kinds');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sourceSkeleton({ title: req.title, kind, organisation: req.organisation }));
    return { written: [shown], notes: [`cite it as [@${id}] where its lesson is told (rule unused-source)`] };
  }
  const shape = REGISTRY[collection].schema(plainReference).shape as Record<
    string,
    { safeParse(v: unknown): { success: boolean } }
  >;
  if (!req.tags.length) throw new NewError('give at least one tag with --tags (ids from content/tags.yaml)');
  refuse(req.tags, idsIn(join(dir, 'tags.yaml')), 'tag', 'content/tags.yaml');
  if (shape.stages && !shape.stages.safeParse(undefined).success && !req.stages.length)
    throw new NewError(`give the lifecycle stage with --stage (one or more of: ${STAGE_IDS.join(', ')})`);
  refuse(req.stages, [...STAGE_IDS], 'stage', 'the lifecycle stages');
  refuse(req.guide, idsIn(join(dir, 'outline.yaml')), 'guide section', 'content/outline.yaml');
  const written = [shown];
  const notes: string[] = [];
  let backlink: { path: string; text: string } | undefined;
  if (req.from && req.from !== 'none') {
    const [fromCollection, fromId] = req.from.split('/');
    const fromPath = join(dir, fromCollection ?? '', `${fromId}.mdx`);
    if (!fromCollection || !fromId || !isEntryCollection(fromCollection) || !existsSync(fromPath))
      throw new NewError(
        `--from ${req.from} names no entry: write collection/id of an existing entry, e.g. practices/feature-store`,
      );
    const linked = addBacklink(readFileSync(fromPath, 'utf8'), fromCollection, { collection, id, title: req.title });
    if ('error' in linked) throw new NewError(`cannot link it from ${relative(root, fromPath)}: ${linked.error}`);
    backlink = { path: fromPath, text: linked.text };
    notes.push(`linked from ${relative(root, fromPath)} by ${linked.how}`);
  } else notes.push('no entry links to it yet: link it from one (rule orphan), or rerun with --from collection/id');
  // The first entry of a collection opens its folder.
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    entrySkeleton(collection, { title: req.title, tags: req.tags, stages: req.stages, guide: req.guide }),
  );
  if (backlink) {
    writeFileSync(backlink.path, backlink.text);
    written.push(relative(root, backlink.path));
  }
  return { written, notes };
}
