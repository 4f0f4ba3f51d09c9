/**
 * Lighthouse scores of the real site's key pages, served locally and audited with Debian's
 * Chromium. Lighthouse is installed for the benchmark alone (a pinned version that runs here).
 */
import { execFile, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median } from './measure.ts';

const LIGHTHOUSE = '13.5.0';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['entry', '/practices/start-simple/'],
  ['company', '/companies/doordash/'],
  ['search', '/search/?q=cold+start&company=Instagram'],
  ['framework', '/frameworks/decision-framework/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function lighthouseScores(root: string, work: string): Promise<string> {
  const tools = join(work, 'lighthouse-tools');
  if (!existsSync(join(tools, 'node_modules/lighthouse'))) {
    mkdirSync(tools, { recursive: true });
    writeFileSync(
      join(tools, 'package.json'),
      JSON.stringify({ name: 'kb-bench-tools', private: true, dependencies: { lighthouse: LIGHTHOUSE } }),
    );
    execSync('npm install --no-audit --no-fund --loglevel=error', { cwd: tools, stdio: 'inherit' });
  }
  if (!existsSync(join(root, 'dist/index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const { serve } = await import('../../test/helpers/serve.ts');
  const site = await serve(join(root, 'dist'));
  const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1);
  const rows: string[] = [];
  try {
    for (const [name, path] of PAGES) {
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      for (let i = 0; i < runs; i++) {
        const out = join(work, `lighthouse-${name}.json`);
        // Asynchronous on purpose: the local server answers from this same process.
        await promisify(execFile)(
          process.execPath,
          [
            join(tools, 'node_modules/lighthouse/cli/index.js'),
            `${site.url}${path}`,
            '--quiet',
            '--preset=desktop',
            `--only-categories=${CATEGORIES.join(',')}`,
            '--output=json',
            `--output-path=${out}`,
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking ' +
              '--disable-component-update --no-first-run',
          ],
          { timeout: 180_000, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
        );
        const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
        for (const c of CATEGORIES) scores[c]!.push(Math.round(report.categories[c]!.score * 100));
      }
      rows.push(`| ${name} | \`${path}\` | ${CATEGORIES.map((c) => median(scores[c]!)).join(' | ')} |`);
    }
  } finally {
    await site.close();
  }
  return [
    `Lighthouse ${LIGHTHOUSE}, desktop preset, median of ${runs} run(s) per page, served from localhost.`,
    '',
    `| page | path | ${CATEGORIES.join(' | ')} |`,
    `| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}
