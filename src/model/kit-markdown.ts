import { EMPTY_KIT, type Kit, type KitEntry } from './kit-view.ts';

/*
 * A review kit as Markdown for a design doc: a checklist per challenge (and one for the items the
 * picked challenges share), every link absolute on the site's published address (SITE_URL and the
 * base path, which the build knows), never on the host the kit happens to be browsed on.
 */
interface MarkdownOptions {
  /** The site's published root, ending in `/`: `https://kb.example.org/kb/`. */
  root: string;
  /** The kit's own address on the site: `/review/?challenge=drift`. */
  kitPath: string;
  /** The design doc's name, the title of the kit. */
  name?: string | undefined;
}

/** What a kit with nothing in it says, depending on whether anything was picked. */
export const emptyKitText = (kit: Kit) =>
  kit.picked.length
    ? `Nothing in the knowledge base matches ${kit.picked.join(' + ')}: pick another challenge or stage.`
    : EMPTY_KIT;

/*
 * The words beside an item's link, the same on the page and in the Markdown: ` — its note; why a case
 * ranks there`, ` (serves: A, B)` for an item shared by picked challenges, then `; also:` other write-ups.
 */
export const detailsText = (entry: KitEntry) => {
  const details = [entry.item.note, entry.why].filter(Boolean).join('; ');
  return details ? ` — ${details}` : '';
};
export const servesText = (entry: KitEntry) => (entry.serves.length ? ` (serves: ${entry.serves.join(', ')})` : '');
export const alsoLead = (entry: KitEntry) => (detailsText(entry) || servesText(entry) ? '; also: ' : ' — also: ');

export function kitMarkdown(kit: Kit, { root, kitPath, name }: MarkdownOptions): string {
  if (!kit.groups.length) return `${emptyKitText(kit)}\n`;
  const abs = (href: string) => `${root}${href.replace(/^\//, '')}`;
  const title = name?.trim() || kit.picked.join(', ');
  const lines = [`# Review kit: ${title}`, ''];
  if (name?.trim()) lines.push(`For: ${kit.picked.join(', ')}`, '');
  lines.push(`Kit: <${abs(kitPath)}>`);
  for (const group of kit.groups) {
    lines.push('', `## ${group.title}`);
    for (const section of group.sections) {
      lines.push('', `### ${section.title}`, '');
      for (const entry of section.entries) lines.push(itemLine(entry, abs));
    }
  }
  return `${lines.join('\n')}\n`;
}

function itemLine(entry: KitEntry, abs: (href: string) => string): string {
  const { item } = entry;
  const label = (text: string) => text.replace(/([[\]\\])/g, '\\$1');
  const also = item.also?.map((a) => `[${label(a.label)}](${abs(a.href)})`).join(', ');
  return `- [ ] [${label(item.title)}](${abs(item.href)})${detailsText(entry)}${servesText(entry)}${also ? `${alsoLead(entry)}${also}` : ''}`;
}
