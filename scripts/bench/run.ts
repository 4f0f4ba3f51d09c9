/**
 * `npm run bench`: builds synthetic knowledge bases of several sizes with this generator and with
 * Astro Starlight, and writes the medians to bench/RESULTS.md, with peak memory, where the time
 * went, a warm rebuild (one entry edited) and the real knowledge base's `npm run build`.
 * Settings: BENCH_SIZES=200,1000,5000 BENCH_RUNS=3 (defaults); BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateKb } from './generate.ts';
import { lighthouseScores } from './lighthouse.ts';
import { bytes, countHtml, loadAverage, type Measured, measure, must } from './measure.ts';
import { formatPhases, phases } from './phases.ts';
import { benchReport, type Row } from './report.ts';
import { copyToStarlight, setupStarlight } from './starlight.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(tmpdir(), 'kb-bench');
const SIZES = (process.env.BENCH_SIZES ?? '200,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The warm rebuild is measured up to this size (a Starlight rebuild at 5,000 entries costs as much as a cold build). */
const WARM_MAX = Number(process.env.BENCH_WARM_MAX ?? Infinity);
const node = process.execPath;
const astroVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
).version;
mkdirSync(WORK, { recursive: true });

const rows: Row[] = [];
const starDir = join(WORK, 'starlight-app');
const loadBefore = loadAverage();
console.log(`Starlight for comparison (installed in ${starDir}, not a dependency of the site); ${loadBefore}`);
setupStarlight(starDir, astroVersion);
/*
 * Each build starts with the disk flushed: the files the previous build wrote (600 MB at 5,000
 * entries) were otherwise written back by the kernel on the same two cores during the next one.
 */
const astro = (cwd: string, env: Record<string, string>) => {
  execSync('sync');
  return measure(
    [cwd === ROOT ? node : join(starDir, 'node_modules/.bin/node'), 'node_modules/astro/bin/astro.mjs', 'build'],
    cwd,
    env,
  );
};
/** One entry edited, as an author would between two builds: a sentence added to its body. */
const editOne = (file: string) =>
  appendFileSync(file, '\nOne more sentence, added to measure a rebuild after an edit.\n');

for (const size of SIZES) {
  const kb = generateKb(join(WORK, `content-${size}`), size, join(ROOT, 'content'));
  const cards = join(WORK, `cards-${size}`);
  rmSync(cards, { recursive: true, force: true });
  const env = { KB_CONTENT_DIR: kb.dir, KB_DIAGRAM_DIR: join(WORK, 'diagrams'), KB_CARD_CACHE: cards };
  // Diagrams render once into the cache (ten distinct ones); builds then read them like a clean clone.
  must(await measure([node, 'scripts/render-diagrams.ts'], ROOT, env), 'diagram rendering');
  // Starlight draws no social cards. A first, untimed build draws ours into their cache (it is
  // recorded apart); the timed builds then read them from it, as a second build on any machine does.
  const first = join(WORK, `first-${size}`);
  rmSync(first, { recursive: true, force: true });
  const cardsCold = must(
    await astro(ROOT, { ...env, KB_OUT_DIR: join(first, 'dist'), KB_CACHE_DIR: join(first, 'cache') }),
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
  for (let run = 1; run <= RUNS; run++) {
    const outDir = join(WORK, `dist-${size}`);
    const cache = join(WORK, `cache-${size}`);
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const ours = must(await astro(ROOT, { ...env, KB_OUT_DIR: outDir, KB_CACHE_DIR: cache }), `our build at ${size}`);
    row.ours.time.push(ours.seconds);
    row.ours.mem.push(ours.peakMiB);
    row.ours.phases.push(phases(ours.lines, ours.seconds));
    row.check.push((await measure([node, 'scripts/check.ts'], ROOT, env)).seconds);
    row.distCheck.push(
      must(
        await measure([node, 'scripts/check-dist.ts'], ROOT, {
          ...env,
          KB_OUT_DIR: outDir,
          KB_PUBLISHED_URLS: join(WORK, 'no-published-urls.txt'),
        }),
        `dist check at ${size}`,
      ).seconds,
    );
    row.dist = bytes(outDir);
    row.index = bytes(join(outDir, 'pagefind'));
    row.pages = countHtml(outDir);
    const starOut = join(WORK, `star-dist-${size}`);
    const starCache = join(WORK, `star-cache-${size}`);
    rmSync(starOut, { recursive: true, force: true });
    rmSync(starCache, { recursive: true, force: true });
    const star = must(
      await astro(starDir, { KB_OUT_DIR: starOut, KB_CACHE_DIR: starCache }),
      `Starlight build at ${size}`,
    );
    row.star.time.push(star.seconds);
    row.star.mem.push(star.peakMiB);
    row.star.phases.push(phases(star.lines, star.seconds));
    if (run === 1 && size <= WARM_MAX) {
      // The warm rebuild: the same caches and output, after editing the same entry on both sides.
      editOne(join(kb.dir, 'practices/practice-1.mdx'));
      editOne(join(starDir, 'src/content/docs/practices/practice-1.mdx'));
      row.ours.warm = must(
        await astro(ROOT, { ...env, KB_OUT_DIR: outDir, KB_CACHE_DIR: cache }),
        `our warm rebuild at ${size}`,
      );
      row.star.warm = must(
        await astro(starDir, { KB_OUT_DIR: starOut, KB_CACHE_DIR: starCache }),
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
  rows.push(row);
}

// The real knowledge base as a fresh clone builds it: `npm run build` (check, diagrams, astro build,
// dist check) with no Astro cache and no card cache, RUNS times.
const real = join(WORK, 'real');
const realBuilds: Measured[] = [];
for (let run = 1; run <= RUNS; run++) {
  rmSync(real, { recursive: true, force: true });
  execSync('sync');
  const env = { KB_OUT_DIR: join(real, 'dist'), KB_CACHE_DIR: join(real, 'cache'), KB_CARD_CACHE: join(real, 'cards') };
  realBuilds.push(must(await measure(['npm', 'run', 'build'], ROOT, env), 'the real npm run build'));
}

const loadAfter = loadAverage();
// Lighthouse must not cost the build figures: a failure is recorded, not thrown.
const lighthouse =
  process.env.BENCH_LIGHTHOUSE === '0'
    ? null
    : await lighthouseScores(ROOT, WORK).catch(
        (error: Error) => `Lighthouse could not run: ${error.message.split('\n')[0]}`,
      );
const report = benchReport({ rows, realBuilds, runs: RUNS, astroVersion, loadBefore, loadAfter, lighthouse });
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/RESULTS.md'), report);
console.log(report);
