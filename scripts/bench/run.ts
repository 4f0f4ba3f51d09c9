/**
 * `npm run bench`: builds synthetic knowledge bases of several sizes with this generator and with
 * Astro Starlight, and writes the medians to bench/RESULTS.md. Sizes and runs are settings:
 * BENCH_SIZES=200,1000,5000 BENCH_RUNS=3 (defaults). Lighthouse scores of the real site follow.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateKb } from './generate.ts';
import { lighthouseScores } from './lighthouse.ts';
import { bytes, measure, median, mib } from './measure.ts';
import { copyToStarlight, setupStarlight } from './starlight.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(tmpdir(), 'kb-bench');
const SIZES = (process.env.BENCH_SIZES ?? '200,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const node = process.execPath;
const astroVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
).version;
mkdirSync(WORK, { recursive: true });

interface Row {
  size: number;
  pages: number;
  ours: number[];
  oursMem: number[];
  star: number[];
  starMem: number[];
  check: number[];
  dist: number;
  index: number;
  starDist: number;
}
const rows: Row[] = [];
const starDir = join(WORK, 'starlight-app');
console.log(`Starlight ${'0.42.4'} for comparison (installed in ${starDir}, not a dependency of the site)`);
setupStarlight(starDir, astroVersion);

for (const size of SIZES) {
  const kb = generateKb(join(WORK, `content-${size}`), size, join(ROOT, 'content'));
  const env = { KB_CONTENT_DIR: kb.dir, KB_DIAGRAM_DIR: join(WORK, 'diagrams') };
  // Diagrams render once into the cache (ten distinct ones); builds then read them like a clean clone.
  const diagrams = measure([node, 'scripts/render-diagrams.ts'], ROOT, env);
  if (!diagrams.ok) throw new Error(`diagram rendering failed:\n${diagrams.output}`);
  const row: Row = {
    size,
    pages: 0,
    ours: [],
    oursMem: [],
    star: [],
    starMem: [],
    check: [],
    dist: 0,
    index: 0,
    starDist: 0,
  };
  copyToStarlight(kb.dir, starDir);
  for (let run = 1; run <= RUNS; run++) {
    const outDir = join(WORK, `dist-${size}`);
    rmSync(outDir, { recursive: true, force: true });
    const cache = join(WORK, `cache-${size}-${run}`);
    const ours = measure([node, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], ROOT, {
      ...env,
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: cache,
    });
    if (!ours.ok) throw new Error(`our build failed at ${size}:\n${ours.output}`);
    row.ours.push(ours.seconds);
    row.oursMem.push(ours.peakMiB);
    const check = measure([node, 'scripts/check.ts'], ROOT, env);
    row.check.push(check.seconds);
    row.dist = bytes(outDir);
    row.index = bytes(join(outDir, 'pagefind'));
    row.pages = Number(/search index: (\d+) pages/.exec(ours.output)?.[1] ?? 0) || countHtml(outDir);
    const starOut = join(WORK, `star-dist-${size}`);
    rmSync(starOut, { recursive: true, force: true });
    const star = measure(
      [join(starDir, 'node_modules/.bin/node'), 'node_modules/astro/bin/astro.mjs', 'build', '--silent'],
      starDir,
      { KB_OUT_DIR: starOut, KB_CACHE_DIR: join(WORK, `star-cache-${size}-${run}`) },
    );
    if (!star.ok) throw new Error(`Starlight build failed at ${size}:\n${star.output}`);
    row.star.push(star.seconds);
    row.starMem.push(star.peakMiB);
    row.starDist = bytes(starOut);
    rmSync(cache, { recursive: true, force: true });
    rmSync(join(WORK, `star-cache-${size}-${run}`), { recursive: true, force: true });
    console.log(
      `${size} entries, run ${run}: ours ${ours.seconds.toFixed(1)}s (${ours.peakMiB.toFixed(0)} MiB), Starlight ` +
        `${star.seconds.toFixed(1)}s (${star.peakMiB.toFixed(0)} MiB), check ${check.seconds.toFixed(2)}s`,
    );
  }
  rows.push(row);
}

function countHtml(dir: string): number {
  return Number(execSync(`find ${JSON.stringify(dir)} -name '*.html' | wc -l`).toString());
}

// Lighthouse must not cost the build figures: a failure is recorded, not thrown.
const lighthouse =
  process.env.BENCH_LIGHTHOUSE === '0'
    ? null
    : await lighthouseScores(ROOT, WORK).catch(
        (error: Error) => `Lighthouse could not run: ${error.message.split('\n')[0]}`,
      );
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpu}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Astro ${astroVersion}.`,
  `Medians of ${RUNS} cold builds (fresh Astro cache each run) of generated knowledge bases of the real one's shape ` +
    `(see scripts/bench/generate.ts).`,
  'Both builds include their Pagefind index; ours also renders citations, diagrams (from the diagram cache) and the ' +
    'link graph.',
  '',
  '`build` is `astro build` (what Starlight runs too); `npm run build` adds `check` before it. The last column ' +
    'counts both.',
  '',
  '| entries | pages | build (s) | ms/page | peak memory | dist | search index | `npm run check` (s) | Starlight ' +
    'build (s) | Starlight peak | ours/Starlight | ours + check / Starlight |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => {
    const ours = median(r.ours);
    const star = median(r.star);
    const check = median(r.check);
    return (
      `| ${r.size} | ${r.pages} | ${ours.toFixed(1)} | ${((ours * 1000) / r.pages).toFixed(1)} | ` +
      `${median(r.oursMem).toFixed(0)} MiB | ${mib(r.dist)} | ${mib(r.index)} | ${check.toFixed(2)} | ` +
      `${star.toFixed(1)} | ${median(r.starMem).toFixed(0)} MiB | ${(ours / star).toFixed(2)} | ` +
      `${((ours + check) / star).toFixed(2)} |`
    );
  }),
  '',
  ...(lighthouse ? ['## Lighthouse (the real site)', '', lighthouse] : []),
];
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/RESULTS.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
