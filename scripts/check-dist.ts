/**
 * After `astro build`: every internal link and #fragment in the built site resolves.
 * Content checks catch most broken links earlier; this one also covers layouts and diagrams.
 */
import { checkDistLinks } from '../src/checks/dist-links.ts';
import { formatProblem } from '../src/lib/problems.ts';

const dist = process.env.KB_OUT_DIR ?? 'dist';
const problems = await checkDistLinks(dist, process.env.BASE_PATH ?? '/');
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n✗ ${problems.length} broken link(s) in ${dist}/. Fix the links named above and build again.`);
  process.exit(1);
}
console.log(`✓ every internal link and #fragment in ${dist}/ resolves`);
