/**
 * `npm run audit`: the knowledge base against the guide it comes from (../shared/source/guide.md,
 * or GUIDE_PATH). The rules are in src/checks/audit/guide.ts; this script reads the files, with the
 * sources' fingerprints from content/source-fingerprints/ (scripts/fingerprint-sources.ts writes them).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readFingerprints, withoutNamingFields } from '../src/checks/audit/fingerprints.ts';
import { auditGuide } from '../src/checks/audit/guide.ts';
import { createContext } from '../src/checks/content/context.ts';
import { loadContent } from '../src/ingest/load.ts';
import { contentDir } from '../src/ingest/settings.ts';
import { formatProblem } from '../src/report/problems.ts';

const run = Number(process.env.VERBATIM_WORDS ?? 8);
const guidePath = resolve(process.env.GUIDE_PATH ?? '../shared/source/guide.md');
if (!existsSync(guidePath)) {
  console.error(`✗ the guide is not at ${guidePath}: set GUIDE_PATH to guide.md and run again.`);
  process.exit(1);
}
const { content, graph } = createContext(await loadContent(contentDir()));
const files = new Map<string, string>();
for (const dir of ['content', 'src']) {
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile() && /\.(mdx?|ya?ml|astro|ts)$/.test(d.name))
      files.set(join(d.parentPath, d.name), await readFile(join(d.parentPath, d.name), 'utf8'));
  }
}
// The copy check against the sources reads the content only; a source file's title and addresses name it.
const contentFiles = new Map(
  [...files]
    .filter(([path]) => path.startsWith('content/'))
    .map(([path, text]) => [path, path.startsWith('content/sources/') ? withoutNamingFields(text) : text]),
);
const printsDir = 'content/source-fingerprints';
const fingerprints = new Map<string, Set<string>>();
if (existsSync(printsDir))
  for (const name of (await readdir(printsDir)).filter((n) => n.endsWith('.txt')).sort())
    fingerprints.set(name.slice(0, -4), readFingerprints(await readFile(join(printsDir, name), 'utf8')));
const result = auditGuide({
  guide: await readFile(guidePath, 'utf8'),
  content,
  graph,
  files,
  run,
  fingerprints,
  contentFiles,
});
for (const p of result.problems) console.error(formatProblem(p));
const summary =
  `${result.lines.length} attributed guide lines, ${result.points} outline points, verbatim runs of ` +
  `${run}+ words: ${result.verbatim}; runs copied from the ${fingerprints.size} fingerprinted sources: ` +
  `${result.verbatimSource}`;
if (result.problems.length) {
  console.error(`\n✗ ${result.problems.length} problem(s): ${summary}`);
  process.exit(1);
}
console.log(`✓ guide audit passed: ${summary}`);
