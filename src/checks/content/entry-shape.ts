import { guideMentions, proseWords } from '../../ingest/words.ts';
import type { Problem } from '../../report/problems.ts';
import { REGISTRY } from '../../schemas/registry.ts';
import { MAX_GUIDE_MENTIONS, MIN_PROSE_WORDS } from '../../schemas/shapes.ts';
import type { CheckContext } from './context.ts';

/**
 * The shape of an entry (`shape` in src/schemas/registry.ts): its required sections, enough prose to stand
 * on its own, and prose about the lesson rather than about the guide it was drawn from.
 */
export function checkEntryShape({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries) {
    const body = entry.facts;
    const at = { file: entry.file, line: entry.facts.bodyLine, column: 1 };
    const ids = new Set(body.headings.filter((h) => h.depth === 2).flatMap((h) => [h.slug, ...h.aliases]));
    for (const s of REGISTRY[entry.collection].shape) {
      if (ids.has(s.id)) continue;
      problems.push({
        ...at,
        rule: 'entry-shape',
        message:
          `a ${REGISTRY[entry.collection].label.one.toLowerCase()} needs the section #${s.id} (${s.says}): ` +
          `add \`## ${s.heading} \\{#${s.id}}\``,
      });
    }
    if (!REGISTRY[entry.collection].attributed) continue;

    const words = proseWords(body);
    if (words < MIN_PROSE_WORDS)
      problems.push({
        ...at,
        rule: 'short-entry',
        message:
          `the entry has ${words} words of prose, under ${MIN_PROSE_WORDS}: say what it is, why it matters, ` +
          `how teams did it and when not to`,
      });

    const mentions = guideMentions(body);
    if (mentions > MAX_GUIDE_MENTIONS)
      problems.push({
        ...at,
        rule: 'guide-mentions',
        message:
          `the prose says "the guide" ${mentions} times (at most ${MAX_GUIDE_MENTIONS}): write the lesson ` +
          `itself; the page already shows where it comes from`,
      });
  }
  return problems;
}
