import type { MisplacedPin } from '../../ingest/heading-ids.ts';
import type { Problem } from '../../report/problems.ts';
import type { CheckContext } from './context.ts';

/**
 * A pinned id belongs at the very end of the heading, outside any markup: `## **Title** \{#id}`.
 * Written inside the bold text (`## **Title \{#id}**`) it still names the anchor, but the page
 * prints `{#id}` in the heading. Refused rather than silently stripped, so that one spelling works
 * and the text in the file is the text on the page.
 */
const MARKUP: Record<string, { what: string; open: string; close: string }> = {
  strong: { what: 'bold text', open: '**', close: '**' },
  emphasis: { what: 'emphasis', open: '*', close: '*' },
  delete: { what: 'struck-through text', open: '~~', close: '~~' },
  link: { what: 'a link', open: '[', close: '](...)' },
};

export function checkHeadingPins({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    for (const h of entry.facts.headings) {
      if (!h.misplaced) continue;
      const { line, column } = h.misplaced;
      const message = messageFor(h.misplaced, `${'#'.repeat(h.depth)} `, h.text.trim());
      problems.push({ file: entry.file, line, column, rule: 'misplaced-id', message });
    }
  }
  return problems;
}

function messageFor(m: MisplacedPin, hashes: string, text: string): string {
  const pin = `\\${m.pin}`;
  // A heading that ends in code such as `{#id}` reads as pinned: say so, since the author may have meant the code.
  if (m.inside === 'inlineCode')
    return (
      `the heading ends with the code \`${m.pin}\`, which is read as a pinned id and sets the anchor: end the ` +
      `heading with text, or pin the id after the code (${hashes}... \`...\` ${pin})`
    );
  const { what, open, close } = MARKUP[m.inside] ?? { what: m.inside, open: '', close: '' };
  const fix = m.whole ? `${hashes}${open}${text}${close} ${pin}` : `${hashes}...${close} ${pin}`;
  return (
    `the pinned id \`${pin}\` is inside ${what}, so the page would print it in the heading: move it out, ` +
    `after the closing \`${close}\`: \`${fix}\``
  );
}
