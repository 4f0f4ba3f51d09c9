/**
 * `npm run bench`: builds synthetic knowledge bases of several sizes with this generator and with
 * Astro Starlight, and writes the medians to bench/RESULTS.md, with peak memory, where the time
 * went, a warm rebuild (one entry edited) and the real knowledge base's `npm run build`.
 * Settings: BENCH_SIZES=200,1000,5000 BENCH_RUNS=3 (defaults); BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateKb } from './generate.ts';
import { lighthouseScores } from './lighthouse.ts';
import { bytes, type Measured, measure, median, mib } from './measure.ts';
import { formatPhases, PHASES, type Phases, phases } from './phases.ts';
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
const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average/, 'load average');
mkdirSync(WORK, { recursive: true });

interface Side {
  time: number[];
  mem: number[];
  phases: Phases[];
  warm?: Measured;
}
interface Row {
  size: number;
  pages: number;
  /** The untimed first build, which draws every social card into the (then warm) card cache. */
  cardsCold: Measured;
  ours: Side;
  star: Side;
  check: number[];
  distCheck: number[];
  dist: number;
  index: number;
}
const rows: Row[] = [];
const starDir = join(WORK, 'starlight-app');
const loadBefore = load();
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
const must = (m: Measured, what: string) => {
  if (!m.ok) throw new Error(`${what} failed:\n${m.output}`);
  return m;
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

function countHtml(dir: string): number {
  return Number(execSync(`find ${JSON.stringify(dir)} -name '*.html' | wc -l`).toString());
}
const medianPhases = (list: Phases[]) =>
  Object.fromEntries(PHASES.map((k) => [k, median(list.map((p) => p[k]))])) as Phases;
const loadAfter = load();
// Lighthouse must not cost the build figures: a failure is recorded, not thrown.
const lighthouse =
  process.env.BENCH_LIGHTHOUSE === '0'
    ? null
    : await lighthouseScores(ROOT, WORK).catch(
        (error: Error) => `Lighthouse could not run: ${error.message.split('\n')[0]}`,
      );
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const t = (xs: number[]) => median(xs).toFixed(1);
const byOurs = new Map(rows.map((r) => [r.size, median(r.ours.time)]));
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Astro ${astroVersion}.`,
  `Machine load (\`uptime\`, the cores are shared): at the start ${loadBefore}; at the end ${loadAfter}.`,
  `Medians of ${RUNS} cold builds (fresh Astro cache each run) of generated knowledge bases of the real one's shape (see scripts/bench/generate.ts).`,
  'Both builds include their Pagefind index; ours also renders citations, diagrams (from the diagram cache) and the link graph.',
  'Peak memory is the largest resident set of the build process tree (GNU time).',
  "Each timed build starts with the disk flushed (`sync`), so the previous build's writes are not written back during it.",
  '',
  '`build` is `astro build` (what Starlight runs too). `check` and `dist check` are the content and built-site ' +
    'checks run on their own; `npm run build` runs the first in a thread while Astro starts, and `astro build` ' +
    'runs the second at the end of its post-build pipeline (src/emit/pipeline.ts), so our `build` includes it.',
  '',
  '| entries | pages | build (s) | ms/page | peak memory | Starlight build (s) | Starlight peak | ours/Starlight (time) | ours/Starlight (memory) | check (s) | dist check (s) | dist | search index |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => {
    const ours = median(r.ours.time);
    const star = median(r.star.time);
    return `| ${r.size} | ${r.pages} | ${ours.toFixed(1)} | ${((ours * 1000) / r.pages).toFixed(1)} | ${t(r.ours.mem)} MiB | ${star.toFixed(1)} | ${t(r.star.mem)} MiB | ${(ours / star).toFixed(2)} | ${(median(r.ours.mem) / median(r.star.mem)).toFixed(2)} | ${median(r.check).toFixed(2)} | ${median(r.distCheck).toFixed(2)} | ${mib(r.dist)} | ${mib(r.index)} |`;
  }),
  '',
  ...(byOurs.has(1000) && byOurs.has(5000)
    ? [
        `Growth: the 5,000-entry build takes ${(byOurs.get(5000)! / byOurs.get(1000)!).toFixed(2)} × the 1,000-entry one (linear would be 5).`,
        '',
      ]
    : []),
  '## Where the time went (seconds, medians)',
  '',
  'From the moments the build log reached each step: `sync` start-up and content sync (ours renders every entry ' +
    'there, into the data store), `vite` the Vite build (Starlight compiles every MDX entry there), `render` ' +
    'writing the pages, `index` the build:done hooks up to ' +
    'the search index (ours: the steps of the post-build pipeline; Starlight: Pagefind), `exit` the rest (ours: ' +
    'the sitemap and the built-site checks).',
  '',
  `| entries | build | ${PHASES.join(' | ')} |`,
  `| --- | --- | ${PHASES.map(() => '---:').join(' | ')} |`,
  ...rows.flatMap((r) =>
    (['ours', 'star'] as const).map((side) => {
      const p = medianPhases(r[side].phases);
      return `| ${r.size} | ${side === 'ours' ? 'ours' : 'Starlight'} | ${PHASES.map((k) => p[k].toFixed(1)).join(' | ')} |`;
    }),
  ),
  '',
  '## Social cards',
  '',
  'Starlight draws no social cards; ours draws one per page (1200×630 JPEG). The timed builds above read them ' +
    'from the card cache, drawn by a first, untimed build of each size, timed here (its Astro cache was cold too).',
  '',
  '| entries | first build, drawing every card (s) | its peak | the timed build (median, s) |',
  '| ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.cardsCold.seconds.toFixed(1)} | ${r.cardsCold.peakMiB.toFixed(0)} MiB | ${t(r.ours.time)} |`,
  ),
  '',
  '## Warm rebuild (one entry edited, same cache and output; first run of each size)',
  '',
  '| entries | ours (s) | ours peak | Starlight (s) | Starlight peak |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...rows
    .filter((r) => r.ours.warm && r.star.warm)
    .map(
      (r) =>
        `| ${r.size} | ${r.ours.warm!.seconds.toFixed(1)} | ${r.ours.warm!.peakMiB.toFixed(0)} MiB | ${r.star.warm!.seconds.toFixed(1)} | ${r.star.warm!.peakMiB.toFixed(0)} MiB |`,
    ),
  '',
  '## The real knowledge base',
  '',
  `\`npm run build\` with no Astro cache and no card cache, as on a fresh clone (${RUNS} runs): median ` +
    `${t(realBuilds.map((b) => b.seconds))} s (runs: ${realBuilds.map((b) => b.seconds.toFixed(1)).join(', ')} s), ` +
    `peak ${t(realBuilds.map((b) => b.peakMiB))} MiB.`,
  '',
  ...(lighthouse ? ['## Lighthouse (the real site)', '', lighthouse] : []),
];
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/RESULTS.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
