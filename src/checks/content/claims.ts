import { FIGURE, wordsOf } from '../../ingest/words.ts';
import type { Problem } from '../../report/problems.ts';
import { REGISTRY } from '../../schemas/registry.ts';
import type { CheckContext } from './context.ts';

/**
 * Uncited claims: every paragraph, list item and table row that states something carries a
 * citation, or sits in a <Guidance> block. Navigation ("See [x](...)") is not a claim; a number
 * without a citation always is, even inside guidance, because figures need a source. And guidance
 * names no company: a lesson with a company's name is a finding, which needs its citation.
 */
const NAVIGATION_WORDS = 3;
export function checkClaims({ content }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const namesCompany = companyNamer(
    content.entries.filter((e) => e.collection === 'companies').map((e) => e.data.title),
  );
  // Framework pages are the guide's own unattributed tools; the page says so once, at the top.
  for (const entry of content.entries.filter((e) => REGISTRY[e.collection].attributed)) {
    const body = entry.facts;
    for (const block of body.blocks) {
      const company = block.guidance ? namesCompany(block.ownText) : undefined;
      if (company)
        problems.push({
          file: entry.file,
          line: block.line,
          column: block.column,
          rule: 'attributed-guidance',
          message:
            `a <Guidance> block names ${company}: guidance is advice no case study backs, so it names no company; ` +
            `state ${company}'s lesson outside the block with its citation [@source-id], or drop the name`,
        });
      // A line ending in a colon introduces the list after it; the list items carry the claims.
      if (block.cited || block.linkOnly || block.header || block.text.trimEnd().endsWith(':')) continue;
      const words = wordsOf(block.ownText);
      const at = { file: entry.file, line: block.line, column: block.column };
      // Figures count anywhere in the block, link text included.
      // A figure outside link text (in `inline code` too) is a claim even on a short "see also" line.
      const ownFigure = words.find((w) => FIGURE.test(w));
      const figure = ownFigure ?? wordsOf(block.text).find((w) => FIGURE.test(w));
      if (figure && (ownFigure || !(block.navigation && words.length <= NAVIGATION_WORDS))) {
        problems.push({
          ...at,
          rule: 'uncited-figure',
          message:
            `${block.kind} states a figure ("${figure}") without a citation: cite the source it comes from, ` +
            `e.g. [@source-id]`,
        });
      } else if (!block.guidance && !(block.navigation && words.length <= NAVIGATION_WORDS)) {
        const preview = block.text.length > 60 ? `${block.text.slice(0, 57)}...` : block.text;
        problems.push({
          ...at,
          rule: 'uncited-claim',
          message:
            `${block.kind} "${preview}" cites no source: add a citation [@source-id], or put unattributed ` +
            `advice in a <Guidance> block`,
        });
      }
    }
  }
  return problems;
}

/**
 * The first company page title that `text` names, as a word or the start of one ("Walmart" in
 * "WalmartLabs"), with its capitals, so that "booking" the noun is not Booking.com.
 */
function companyNamer(titles: string[]): (text: string) => string | undefined {
  const startsWord = (text: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
  const names = (text: string, title: string) => {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + 1))
      if (startsWord(text, at)) return true;
    return false;
  };
  return (text) => titles.find((t) => names(text, t));
}
