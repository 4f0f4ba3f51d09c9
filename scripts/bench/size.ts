import { execSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateKb } from './generate.ts';
import { bytes, countHtml, measure, must } from './measure.ts';
import { formatPhases, phases } from './phases.ts';
import type { Row } from './report.ts';
import { copyToStarlight } from './starlight.ts';

/*
 * One size of the bench (run.ts): a generated knowledge base of `size` entries, built `runs` times
 * by us and by Starlight, each build cold, with the content check, the built-site check, and, on the
 * first run, a warm rebuild after one edit on both sides.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const node = process.execPath;

/** Where the bench works, how many runs, and up to what size the warm rebuild is measured. */
export interface SizeSettings {
  work: string;
  runs: number;
  warmMax: number;
  starDir: string;
}

/*
 * Each build starts with the disk flushed: the files the previous build wrote (600 MB at 5,000
 * entries) were otherwise written back by the kernel on the same two cores during the next one.
 */
const astroBuild = (cwd: string, runtime: string) => (env: Record<string, string>) => {
  execSync('sync');
  return measure([runtime, 'node_modules/astro/bin/astro.mjs', 'build'], cwd, env);
};
/** One entry edited, as an author would between two builds: a sentence added to its body. */
const editOne = (file: string) =>
  appendFileSync(file, '\nOne more sentence, added to measure a rebuild after an edit.\n');

export async function benchSize(size: number, { work, runs, warmMax, starDir }: SizeSettings) {
  // Each project builds on its own pinned runtime, as its own `npm run` would.
  const ourBuild = astroBuild(ROOT, node);
  const starBuild = astroBuild(starDir, join(starDir, 'node_modules/.bin/node'));
  const kb = generateKb(join(work, `content-${size}`), size, join(ROOT, 'content'));
  const cards = join(work, `cards-${size}`);
  rmSync(cards, { recursive: true, force: true });
  const env = { KB_CONTENT_DIR: kb.dir, KB_DIAGRAM_DIR: join(work, 'diagrams'), KB_CARD_CACHE: cards };
  // Diagrams render once into the cache (ten distinct ones); builds then read them like a clean clone.
  must(await measure([node, 'scripts/render-diagrams.ts'], ROOT, env), 'diagram rendering');
  // Starlight draws no social cards. A first, untimed build draws ours into their cache (it is
  // recorded apart); the timed builds then read them from it, as a second build on any machine does.
  const first = join(work, `first-${size}`);
  rmSync(first, { recursive: true, force: true });
  const cardsCold = must(
    await ourBuild({ ...env, KB_OUT_DIR: join(first, 'dist'), KB_CACHE_DIR: join(first, 'cache') }),
    `the first build at ${size}`,
  );
  const row: Row = {
    size,
    pages: 0,
    cardsCold,
    ours: { time: [], mem: [], phases: [] },
    star: { time: [], mem: [], phases: [] },
    check: [],
    distCheck: [],
    dist: 0,
    index: 0,
  };
  copyToStarlight(kb.dir, starDir);
  for (let run = 1; run <= runs; run++) {
    const outDir = join(work, `dist-${size}`);
    const cache = join(work, `cache-${size}`);
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const ours = must(await ourBuild({ ...env, KB_OUT_DIR: outDir, KB_CACHE_DIR: cache }), `our build at ${size}`);
    row.ours.time.push(ours.seconds);
    row.ours.mem.push(ours.peakMiB);
    row.ours.phases.push(phases(ours.lines, ours.seconds));
    row.check.push((await measure([node, 'scripts/check.ts'], ROOT, env)).seconds);
    row.distCheck.push(
      must(
        await measure([node, 'scripts/check-dist.ts'], ROOT, {
          ...env,
          KB_OUT_DIR: outDir,
          KB_PUBLISHED_URLS: join(work, 'no-published-urls.txt'),
        }),
        `dist check at ${size}`,
      ).seconds,
    );
    row.dist = bytes(outDir);
    row.index = bytes(join(outDir, 'pagefind'));
    row.pages = countHtml(outDir);
    const starOut = join(work, `star-dist-${size}`);
    const starCache = join(work, `star-cache-${size}`);
    rmSync(starOut, { recursive: true, force: true });
    rmSync(starCache, { recursive: true, force: true });
    const star = must(await starBuild({ KB_OUT_DIR: starOut, KB_CACHE_DIR: starCache }), `Starlight build at ${size}`);
    row.star.time.push(star.seconds);
    row.star.mem.push(star.peakMiB);
    row.star.phases.push(phases(star.lines, star.seconds));
    if (run === 1 && size <= warmMax) {
      // The warm rebuild: the same caches and output, after editing the same entry on both sides.
      editOne(join(kb.dir, 'practices/practice-1.mdx'));
      editOne(join(starDir, 'src/content/docs/practices/practice-1.mdx'));
      row.ours.warm = must(
        await ourBuild({ ...env, KB_OUT_DIR: outDir, KB_CACHE_DIR: cache }),
        `our warm rebuild at ${size}`,
      );
      row.star.warm = must(
        await starBuild({ KB_OUT_DIR: starOut, KB_CACHE_DIR: starCache }),
        `Starlight warm rebuild at ${size}`,
      );
    }
    if (row.ours.warm && run === 1)
      console.log(
        `${size} entries, warm rebuild: ours ${row.ours.warm.seconds.toFixed(1)}s (${row.ours.warm.peakMiB.toFixed(0)} MiB), Starlight ${row.star.warm!.seconds.toFixed(1)}s (${row.star.warm!.peakMiB.toFixed(0)} MiB)`,
      );
    console.log(
      `${size} entries, run ${run}: ours ${ours.seconds.toFixed(1)}s (${ours.peakMiB.toFixed(0)} MiB; ${formatPhases(row.ours.phases.at(-1)!)}), Starlight ${star.seconds.toFixed(1)}s (${star.peakMiB.toFixed(0)} MiB; ${formatPhases(row.star.phases.at(-1)!)})`,
    );
  }
  return row;
}
