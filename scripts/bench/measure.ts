import { execSync, spawn } from 'node:child_process';

/**
 * Wall seconds and peak memory (max RSS of the process tree, via GNU time) of one command, and
 * each line it printed with the second it arrived, from which phases.ts tells where the time went.
 */
export interface Measured {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  output: string;
  lines: [number, string][];
}

/** Astro's colour codes (ESC [ ... m). */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export function measure(command: string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'MAXRSS=%M', ...command], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  const lines: [number, string][] = [];
  let stderr = '';
  const collect = (stream: NodeJS.ReadableStream, keep?: (s: string) => void) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      keep?.(chunk);
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      // Astro colours its log even without a terminal; the phase markers are read without colour.
      for (const line of parts) lines.push([at, line.replace(ANSI_COLOUR, '')]);
    });
  };
  collect(child.stdout);
  collect(child.stderr, (s) => {
    stderr += s;
  });
  return new Promise((done) =>
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /MAXRSS=(\d+)/.exec(stderr);
      const output = lines.map(([, l]) => l).join('\n');
      done({
        seconds,
        peakMiB: rss ? Number(rss[1]) / 1024 : NaN,
        ok: status === 0,
        output: output.slice(-4000),
        lines,
      });
    }),
  );
}

export const bytes = (dir: string) =>
  Number(
    execSync(`du -sb ${JSON.stringify(dir)}`)
      .toString()
      .split('\t')[0],
  );
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** A build that failed stops the bench, with the end of what it printed. */
export const must = (m: Measured, what: string) => {
  if (!m.ok) throw new Error(`${what} failed:\n${m.output}`);
  return m;
};

export const countHtml = (dir: string) =>
  Number(execSync(`find ${JSON.stringify(dir)} -name '*.html' | wc -l`).toString());

/** `uptime`'s load averages: the cores are shared, so the report says how busy they were. */
export const loadAverage = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average/, 'load average');
