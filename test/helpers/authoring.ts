import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, readerEnv } from './fixture.ts';

/**
 * `npm run new` as an author runs it (the real script, in a child process with no terminal, so it
 * asks nothing), against the content folder `dir`, with `env` added to its environment; and the
 * author's part done by a test: each `TODO:` placeholder replaced with text that cites `source`.
 */
export function runNew(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: ROOT,
    env: { ...readerEnv(), KB_CONTENT_DIR: dir, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const PARAGRAPH = (source: string) =>
  'Calibrate the scores on held-out examples so that every prediction carries a stated error rate, and keep ' +
  'the calibration set apart from the training data, or the stated rate will be too hopeful when the inputs ' +
  `change and nobody notices until the errors pile up [@${source}].`;

/** Fills an entry written by `npm run new`: the summary, then each placeholder paragraph of the body. */
export function fillEntry(text: string, source: string): string {
  return text
    .replace(
      '"TODO: write the summary"',
      'Wrap a model in intervals calibrated on held-out data, with a stated error rate.',
    )
    .replace(/^TODO: .*$/gm, PARAGRAPH(source));
}

/** Fills a source written by `npm run new source`: a postmortem the author has read. */
export function fillSource(text: string): string {
  return text
    .replace(/^publisher: .*$/m, 'publisher: Fixture ML platform team')
    .replace(/^year: .*$/m, 'year: 2025')
    .replace(/^checked: .*$/m, 'checked: true')
    .replace(
      /^problem: .*$/m,
      'problem: A fixture model gave confident scores that were wrong after its inputs changed.',
    )
    .replace(
      /^approach: .*$/m,
      'approach: The team calibrated its scores on held-out data and reported an error rate with each.',
    );
}
