/**
 * Pinned heading ids: `## How teams applied it \{#applied}` keeps the anchor `#applied` however
 * the heading is reworded. In MDX the brace must be escaped (`\{`), as in Docusaurus; the
 * backslash is gone by the time the text reaches a plugin, so both spellings are accepted here.
 */
const PINNED = /\s*\\?\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

export function splitPinnedId(text: string): { text: string; id: string | null } {
  const m = PINNED.exec(text);
  return m ? { text: text.slice(0, m.index), id: m[1]! } : { text, id: null };
}
