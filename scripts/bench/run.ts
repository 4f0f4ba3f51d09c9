/**
 * `npm run bench`: builds synthetic knowledge bases of several sizes with this generator and with
 * Astro Starlight, and writes the medians to bench/RESULTS.md, with peak memory, where the time
 * went, a warm rebuild (one entry edited) and the real knowledge base's `npm run build`.
 * Settings: BENCH_SIZES=200,1000,5000 BENCH_RUNS=3 (defaults); BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lighthouseScores } from './lighthouse.ts';
import { loadAverage, type Measured, measure, must } from './measure.ts';
import { benchReport, type Row } from './report.ts';
import { benchSize } from './size.ts';
import { setupStarlight } from './starlight.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(tmpdir(), 'kb-bench');
const SIZES = (process.env.BENCH_SIZES ?? '200,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The warm rebuild is measured up to this size (a Starlight rebuild at 5,000 entries costs as much as a cold build). */
const WARM_MAX = Number(process.env.BENCH_WARM_MAX ?? Infinity);
const astroVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
).version;
mkdirSync(WORK, { recursive: true });

const rows: Row[] = [];
const starDir = join(WORK, 'starlight-app');
const loadBefore = loadAverage();
console.log(`Starlight for comparison (installed in ${starDir}, not a dependency of the site); ${loadBefore}`);
setupStarlight(starDir, astroVersion);
for (const size of SIZES) rows.push(await benchSize(size, { work: WORK, runs: RUNS, warmMax: WARM_MAX, starDir }));

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
