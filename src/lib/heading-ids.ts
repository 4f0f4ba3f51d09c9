/**
 * Pinned heading ids: `## How teams applied it \{#applied}` keeps the anchor `#applied` however
 * the heading is reworded. Old anchors follow as aliases: `\{#applied #how-teams-applied-it}`
 * keeps links to `#how-teams-applied-it` landing on the same section. In MDX the brace must be
 * escaped (`\{`), as in Docusaurus; both spellings are accepted.
 */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PINNED = new RegExp(`\\s*\\\\?\\{(#${ID}(?:\\s+#${ID})*)\\}\\s*$`);

export interface PinnedId { text: string; id: string | null; aliases: string[] }

export function splitPinnedId(text: string): PinnedId {
  const m = PINNED.exec(text);
  if (!m) return { text, id: null, aliases: [] };
  const [id, ...aliases] = m[1]!.split(/\s+/).map((s) => s.slice(1));
  return { text: text.slice(0, m.index), id: id!, aliases };
}
