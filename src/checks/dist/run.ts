import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, siteUrls } from '../../ingest/settings.ts';
import { formatProblem, type Problem } from '../../report/problems.ts';
import { KB_JSON, kbJsonProblems } from './kb-json.ts';
import { checkDistLinks } from './links.ts';
import { distFiles, type ParsedPage, readDist, withoutFindings } from './pages.ts';
import { compareUrls, PUBLISHED_FILE, parseUrlList, publishedUrls, removedProblems } from './published-urls.ts';
import { checkDistSafety } from './safety.ts';
import { checkDistSocial } from './social.ts';

/**
 * The checks of the built site (`npm run build` runs them last; `scripts/check-dist.ts` alone):
 * every page is safe (CSP, no script in the text, nothing from other hosts) and carries its link
 * preview, every internal link and #fragment resolves, and no URL or anchor published before has
 * disappeared (content/published-urls.txt); /kb.json agrees with the pages. With `update`, records the current list instead (after
 * you have checked that nothing was removed by mistake). Prints what it found; returns whether all passed.
 */
interface DistCheckOptions {
  dist: string;
  base: string;
  listFile?: string;
  update?: boolean;
  /** The pages as the post-build pipeline read them (src/emit/pipeline.ts); otherwise read from `dist`. */
  pages?: ParsedPage[];
}

export async function checkBuiltSite({ dist, base, listFile = PUBLISHED_FILE, update, pages: read }: DistCheckOptions) {
  const parsed = read ? { pages: read, files: await distFiles(dist) } : await readDist(dist);
  const safety: Problem[] = checkDistSafety(parsed, base);
  const pages = parsed.pages.map(withoutFindings).sort((a, b) => a.file.localeCompare(b.file));
  const site = { pages, files: parsed.files };
  const problems: Problem[] = [
    ...safety,
    ...(await checkDistLinks(site, base)),
    ...(await checkDistSocial(site, base)),
    ...kbJsonProblems(join(dist, KB_JSON), site, base),
  ];
  const current = await publishedUrls(site);
  writeFileSync(`${dist}/published-urls.txt`, `${current.join('\n')}\n`);
  if (update) {
    const header = 'Every published page and heading anchor. Written by `npm run urls`; checked by every build.';
    writeFileSync(listFile, `# ${header}\n${current.join('\n')}\n`);
    console.log(`✓ recorded ${current.length} published URLs in ${listFile}`);
    return true;
  }
  const committed = existsSync(listFile) ? parseUrlList(readFileSync(listFile, 'utf8')) : [];
  const { removed, added } = compareUrls(committed, current, site, base);
  problems.push(...removedProblems(removed, listFile));
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length) {
    console.error(`\n✗ ${problems.length} problem(s) in the built site. Fix them and build again.`);
    return false;
  }
  if (added.length)
    console.log(
      `ℹ ${added.length} new URL(s) or anchor(s) not yet recorded: run \`npm run urls\` and commit ${listFile}`,
    );
  console.log(
    `✓ every page carries its Content-Security-Policy and its link preview, and nothing unsafe; every internal ` +
      `link and #fragment in ${dist}/ resolves; no published URL was removed`,
  );
  return true;
}

/** The committed list of published URLs: the content folder's own, or KB_PUBLISHED_URLS. */
export const publishedListFile = () => process.env.KB_PUBLISHED_URLS ?? join(contentDir(), 'published-urls.txt');

/** The options the environment gives: KB_OUT_DIR, BASE_PATH (as the build reads it), KB_PUBLISHED_URLS. */
export const distCheckOptions = (update = false): DistCheckOptions => ({
  dist: process.env.KB_OUT_DIR ?? 'dist',
  base: siteUrls().base,
  listFile: publishedListFile(),
  update,
});
