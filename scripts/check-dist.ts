/**
 * After `astro build`: every page is safe (CSP, no script in the text, nothing from other hosts),
 * every internal link and #fragment in the built site resolves, and no URL
 * or anchor published before has disappeared (see content/published-urls.txt). With `--update`,
 * records the current list (after you have checked that nothing was removed by mistake).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkDistLinks } from '../src/checks/dist/links.ts';
import { readDist } from '../src/checks/dist/pages.ts';
import {
  compareUrls,
  PUBLISHED_FILE,
  parseUrlList,
  publishedUrls,
  removedProblems,
} from '../src/checks/dist/published-urls.ts';
import { checkDistSafety } from '../src/checks/dist/safety.ts';
import { checkDistSocial } from '../src/checks/dist/social.ts';
import { formatProblem } from '../src/lib/problems.ts';

const dist = process.env.KB_OUT_DIR ?? 'dist';
const listFile = process.env.KB_PUBLISHED_URLS ?? PUBLISHED_FILE;
const site = await readDist(dist);
const base = process.env.BASE_PATH ?? '/';
const problems = [
  ...checkDistSafety(site, base),
  ...(await checkDistLinks(site, base)),
  ...(await checkDistSocial(site, base)),
];
const current = await publishedUrls(site);
writeFileSync(`${dist}/published-urls.txt`, `${current.join('\n')}\n`);

if (process.argv.includes('--update')) {
  writeFileSync(
    listFile,
    `# Every published page and heading anchor. Written by \`npm run urls\`; checked by every ` +
      `build.\n${current.join('\n')}\n`,
  );
  console.log(`✓ recorded ${current.length} published URLs in ${listFile}`);
  process.exit(0);
}
const committed = existsSync(listFile) ? parseUrlList(readFileSync(listFile, 'utf8')) : [];
const { removed, added } = compareUrls(committed, current, site, base);
problems.push(...removedProblems(removed, listFile));
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n✗ ${problems.length} problem(s) in the built site. Fix them and build again.`);
  process.exit(1);
}
if (added.length)
  console.log(
    `ℹ ${added.length} new URL(s) or anchor(s) not yet recorded: run \`npm run urls\` and commit ${listFile}`,
  );
console.log(
  `✓ every page carries its Content-Security-Policy and its link preview, and nothing unsafe; every internal link ` +
    `and #fragment in ${dist}/ resolves; no published URL was removed`,
);
