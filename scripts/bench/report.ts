import { cpus, totalmem } from 'node:os';
import { type Measured, median, mib } from './measure.ts';
import { PHASES, type Phases } from './phases.ts';

/*
 * bench/RESULTS.md from what scripts/bench/run.ts measured: the medians side by side with
 * Starlight's, where the time went, the social cards, the warm rebuild and the real build. It
 * replaces the whole file: notes added by hand describe one run and go with it.
 */
/** One side's builds of one size (ours or Starlight's), in the order they ran. */
interface Side {
  time: number[];
  mem: number[];
  phases: Phases[];
  warm?: Measured;
}
/** Everything measured at one size. */
export interface Row {
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

/** What the report says besides the rows. */
interface BenchRun {
  rows: Row[];
  /** The real knowledge base's `npm run build`, each run. */
  realBuilds: Measured[];
  runs: number;
  astroVersion: string;
  /** `uptime`'s load average before and after: the cores are shared. */
  loadBefore: string;
  loadAfter: string;
  /** Lighthouse's scores, why it could not run, or null when it was not asked for. */
  lighthouse: string | null;
}

const medianPhases = (list: Phases[]) =>
  Object.fromEntries(PHASES.map((k) => [k, median(list.map((p) => p[k]))])) as Phases;

export function benchReport({
  rows,
  realBuilds,
  runs,
  astroVersion,
  loadBefore,
  loadAfter,
  lighthouse,
}: BenchRun): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const t = (xs: number[]) => median(xs).toFixed(1);
  const byOurs = new Map(rows.map((r) => [r.size, median(r.ours.time)]));
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Astro ${astroVersion}.`,
    `Machine load (\`uptime\`, the cores are shared): at the start ${loadBefore}; at the end ${loadAfter}.`,
    `Medians of ${runs} cold builds (fresh Astro cache each run) of generated knowledge bases of the real one's shape (see scripts/bench/generate.ts).`,
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
    `\`npm run build\` with no Astro cache and no card cache, as on a fresh clone (${runs} runs): median ` +
      `${t(realBuilds.map((b) => b.seconds))} s (runs: ${realBuilds.map((b) => b.seconds.toFixed(1)).join(', ')} s), ` +
      `peak ${t(realBuilds.map((b) => b.peakMiB))} MiB.`,
    '',
    ...(lighthouse ? ['## Lighthouse (the real site)', '', lighthouse] : []),
  ];

  return `${lines.join('\n')}\n`;
}
