/**
 * Where an `astro build` spent its time, read from the moments its log lines arrived: start-up
 * and content sync (until "Synced content"), the Vite build (until "generating static routes"),
 * rendering the pages (until the build reports them done), then the build:done hooks (ours: the
 * post-build pipeline up to the search index; Starlight's: Pagefind) and the rest (ours: the sitemap
 * and the built-site checks). Starlight's log has the same markers, so both builds split the same way.
 */
export const PHASES = ['sync', 'vite', 'render', 'index', 'exit'] as const;
export type Phase = (typeof PHASES)[number];
export type Phases = Record<Phase, number>;

const MARKERS: [Phase, RegExp][] = [
  ['sync', /\[content\] Synced content/],
  ['vite', /generating static routes/],
  ['render', /\[build\] ✓ Completed in/],
  [
    'index',
    /search index: \d+ pages|\[@astrojs\/starlight\] .*pagefind|Finished building|\[build\] \d+ page\(s\) built/,
  ],
];

export function phases(lines: [number, string][], total: number): Phases {
  const out: Phases = { sync: 0, vite: 0, render: 0, index: 0, exit: 0 };
  let last = 0;
  let from = 0;
  for (let m = 0; m < MARKERS.length; m++) {
    const [phase, re] = MARKERS[m]!;
    // "[build] ✓ Completed in" also follows "Collecting build info": only the one after rendering counts.
    const hit = lines.findIndex(([, l], i) => i >= from && re.test(l));
    if (hit < 0) continue;
    out[phase] = lines[hit]![0] - last;
    last = lines[hit]![0];
    from = hit + 1;
  }
  out.exit = total - last;
  return out;
}

export const formatPhases = (p: Phases) => PHASES.map((k) => `${k} ${p[k].toFixed(1)}`).join(' · ');
