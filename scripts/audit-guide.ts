/**
 * `npm run audit`: the knowledge base against the guide it comes from (../shared/source/guide.md,
 * or GUIDE_PATH). Fails when an attributed line of the guide has no point in content/outline.yaml,
 * when a point's entries do not cite every organisation the line names, or when any file in
 * content/ or src/ repeats a run of the guide's words verbatim.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { attributedLines, shingles, wordsOf } from '../src/audit/guide-lines.ts';
import { createContext } from '../src/checks/context.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatProblem, type Problem } from '../src/lib/problems.ts';

const RUN = Number(process.env.VERBATIM_WORDS ?? 8);
const guidePath = resolve(process.env.GUIDE_PATH ?? '../shared/source/guide.md');
if (!existsSync(guidePath)) {
  console.error(`✗ the guide is not at ${guidePath}: set GUIDE_PATH to guide.md and run again.`);
  process.exit(1);
}
const guide = await readFile(guidePath, 'utf8');
const content = await loadContent(contentDir());
const { graph } = createContext(content);
const problems: Problem[] = [];
const outlineFile = 'content/outline.yaml';

// 1. Every attributed line is carried by a point whose entries cite each organisation it names.
const points = content.outline.flatMap((s) => s.data.points.map((p) => ({ ...p, section: s.id, at: s.line })));
const orgsCitedBy = (key: string) => new Set((graph.entries.get(key)?.citations ?? []).map((c) =>
  c.startsWith('lipton-') ? 'lipton' : graph.sources.get(c)?.organisation ?? ''));
const lines = attributedLines(guide);
for (const line of lines) {
  const carrying = points.filter((p) => p.line === line.line);
  if (!carrying.length) {
    problems.push({ file: outlineFile, line: 1, column: 1, rule: 'uncarried-line', message: `guide line ${line.line} (${line.orgs.join(', ')}) has no point: add one with \`line: ${line.line}\` and the entries that carry it` });
    continue;
  }
  const cited = new Set(carrying.flatMap((p) => p.entries.flatMap((k) => [...orgsCitedBy(k)])));
  for (const org of line.orgs.filter((o) => !cited.has(o))) {
    problems.push({ file: outlineFile, line: carrying[0]!.at, column: 1, rule: 'missing-attribution', message: `guide line ${line.line} names ${org}, but none of ${carrying.flatMap((p) => p.entries).join(', ')} cites a ${org} source: cite it where the lesson is told` });
  }
}

// 2. No file repeats a run of RUN words of the guide.
const guideRuns = shingles(guide, RUN);
async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile() && /\.(mdx?|ya?ml|astro|ts)$/.test(d.name)) yield join(d.parentPath, d.name);
  }
}
let verbatim = 0;
for (const dir of ['content', 'src']) {
  for await (const file of textFiles(dir)) {
    const w = wordsOf(await readFile(file, 'utf8'));
    for (let j = 0; j + RUN <= w.length; j++) {
      const run = w.slice(j, j + RUN).map((x) => x.word).join(' ');
      if (!guideRuns.has(run)) continue;
      verbatim++;
      problems.push({ file, line: w[j]!.line, column: 1, rule: 'verbatim', message: `repeats the guide word for word ("${run}"): restate it in your own words` });
      j += RUN - 1; // one report per copied run
    }
  }
}

for (const p of problems) console.error(formatProblem(p));
const summary = `${lines.length} attributed guide lines, ${points.length} outline points, verbatim runs of ${RUN}+ words: ${verbatim}`;
if (problems.length) {
  console.error(`\n✗ ${problems.length} problem(s): ${summary}`);
  process.exit(1);
}
console.log(`✓ guide audit passed: ${summary}`);
