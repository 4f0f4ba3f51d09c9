import { execSync, spawnSync } from 'node:child_process';

/** Wall seconds and peak memory (max RSS of the process tree, via GNU time) of one command. */
export interface Measured {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  output: string;
}

export function measure(command: string[], cwd: string, env: Record<string, string> = {}): Measured {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'MAXRSS=%M', ...command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = /MAXRSS=(\d+)/.exec(run.stderr ?? '');
  return {
    seconds,
    peakMiB: rss ? Number(rss[1]) / 1024 : NaN,
    ok: run.status === 0,
    output: `${run.stdout}\n${run.stderr}`.slice(-4000),
  };
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
