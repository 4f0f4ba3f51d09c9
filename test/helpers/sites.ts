import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/**
 * Waits until the global setup (test/build/setup.ts) has built these sites; fails with the build's output if one
 * failed.
 */
export async function ready(...sites: ('fixture' | 'changed' | 'real' | 'hostile' | 'team')[]): Promise<void> {
  const dist = inject('dist');
  for (const site of sites) {
    for (;;) {
      if (existsSync(`${dist[site]}.done`)) break;
      if (existsSync(`${dist[site]}.failed`)) throw new Error(readFileSync(`${dist[site]}.failed`, 'utf8'));
      await sleep(250);
    }
  }
}
