import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Content } from '../load.ts';
import { DIAGRAM_DIR, diagramFile, diagramKey, THEMES, type Theme } from './cache.ts';
import { chromiumPath, hasChromium } from './chromium.ts';
import { type DiagramRenderer, startRenderer } from './render.ts';
import { svgProblems } from './svg-safety.ts';

/**
 * Renders every mermaid block of the loaded content that is not yet in the diagram cache, in one
 * browser, and removes cache files that no diagram uses. Without Chromium, missing diagrams are
 * reported and render in the page. Run by `npm run diagrams`, and by `npm run build` in the same
 * process as the checks, on the content they loaded. Returns false when a diagram failed to render.
 */
export async function prerenderDiagrams(content: Content): Promise<boolean> {
  const jobs: { file: string; line: number; code: string; theme: Theme; key: string }[] = [];
  for (const entry of content.entries) {
    for (const d of entry.facts.diagrams) {
      for (const theme of THEMES)
        jobs.push({ file: entry.file, line: d.line, code: d.code, theme, key: diagramKey(d.code, theme) });
    }
  }
  mkdirSync(DIAGRAM_DIR, { recursive: true });
  const missing = jobs.filter((j) => !existsSync(diagramFile(j.key)));
  let renderer: DiagramRenderer | undefined;
  let failed = 0;
  if (missing.length && !hasChromium()) {
    for (const j of missing.filter((j) => j.theme === 'light')) {
      console.warn(
        `⚠ ${j.file}:${j.line}  diagram-not-prerendered  no Chromium at ${chromiumPath()}: ` +
          `this diagram will render in the reader's browser (with JavaScript). ` +
          `Install chromium (apt-get install -y chromium) and run \`npm run diagrams\`, then commit content/diagrams/.`,
      );
    }
  } else if (missing.length) {
    renderer = await startRenderer();
    for (const j of missing) {
      try {
        const svg = await renderer.render(`d-${j.key}`, j.code, j.theme);
        // Never commit a render that holds HTML, scripts or requests elsewhere (see svg-safety.ts).
        const unsafe = svgProblems(svg);
        if (unsafe.length) throw new Error(`the rendered SVG holds ${[...new Set(unsafe)].join(', ')}`);
        writeFileSync(diagramFile(j.key), `${svg}\n`);
      } catch (error) {
        failed++;
        console.error(
          `${j.file}:${j.line}  diagram-render  mermaid could not render this diagram ` +
            `(${(error as Error).message.split('\n')[0]}): fix the diagram`,
        );
      }
    }
    await renderer.close();
  }
  // Prune renders no diagram uses any more, so the cache holds exactly the current diagrams.
  const used = new Set(jobs.map((j) => `${j.key}.svg`));
  if (!content.problems.length)
    for (const f of readdirSync(DIAGRAM_DIR)) if (f.endsWith('.svg') && !used.has(f)) rmSync(`${DIAGRAM_DIR}/${f}`);
  if (failed) return false;
  console.log(
    `✓ diagrams: ${jobs.length / THEMES.length} in content, ${renderer ? missing.length : 0} rendered now, ` +
      `${renderer || !missing.length ? 0 : missing.length / THEMES.length} left to render in the browser`,
  );
  return true;
}
