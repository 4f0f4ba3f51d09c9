import { isMap, isSeq, parseDocument } from 'yaml';
import { type EntryCollection, REGISTRY } from '../schemas/registry.ts';

/*
 * A new entry needs one entry that links to it (rule `orphan`). `npm run new --from` writes that
 * link into the entry named: a typed reference where its collection has a field pointing into the
 * new entry's collection (a practice's `techniques`, any entry's `related`), else a "See also"
 * line at the end of its body. The frontmatter is edited as a YAML document, so the author's
 * comments, order and quoting stay as they were.
 */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/** The reference field of `from` that points into `to`, preferring `related` between entries of one collection. */
function backlinkField(from: EntryCollection, to: EntryCollection): string | null {
  const refs = Object.entries(REGISTRY[from].refs as Record<string, string>);
  const fields = refs.filter(([, target]) => target === to).map(([field]) => field);
  return fields.find((f) => f === 'related') ?? fields[0] ?? null;
}

interface NewEntry {
  collection: EntryCollection;
  id: string;
  title: string;
}

/** `text` (the linking entry's file) with a link to `entry` added; how it was linked, for the author. */
export function addBacklink(
  text: string,
  from: EntryCollection,
  entry: NewEntry,
): { text: string; how: string } | { error: string } {
  const field = backlinkField(from, entry.collection);
  if (field === null) {
    const line = `See also [${entry.title}](/${entry.collection}/${entry.id}/).`;
    return { text: `${text.trimEnd()}\n\n${line}\n`, how: `a "See also" line at the end of its body` };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) return { error: 'it has no frontmatter between `---` lines' };
  const doc = parseDocument(match[1]!);
  if (doc.errors.length || !isMap(doc.contents))
    return { error: `its frontmatter is not valid YAML (${doc.errors[0]?.message ?? 'not a map of fields'})` };
  const list = doc.get(field, true);
  if (list === undefined) doc.set(field, doc.createNode([entry.id], { flow: true }));
  else if (isSeq(list)) list.add(doc.createNode(entry.id));
  else return { error: `its \`${field}:\` is not a list: write it as \`${field}: [...]\`` };
  const frontmatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const rest = text.slice(match[0].length);
  return { text: `---\n${frontmatter}\n---\n${rest}`, how: `\`${field}: [..., ${entry.id}]\` in its frontmatter` };
}
