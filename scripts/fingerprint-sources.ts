/**
 * `node scripts/fingerprint-sources.ts [texts-dir]`: fingerprints the texts we read of the sources,
 * <texts-dir>/<source-id>.txt (default /work/source-texts, or SOURCE_TEXTS), into
 * content/source-fingerprints/<source-id>.txt, for the copy check of `npm run audit`. A source read
 * in pieces may have more files, <source-id>-part2.txt and so on. The texts themselves stay out of
 * the repository: they are the sources' words, not ours.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fingerprintFile } from '../src/checks/audit/fingerprints.ts';

const textsDir = resolve(process.argv[2] ?? process.env.SOURCE_TEXTS ?? '/work/source-texts');
const outDir = 'content/source-fingerprints';
if (!existsSync(textsDir)) {
  console.error(`✗ no source texts at ${textsDir}: pass the folder of <source-id>.txt files as the first argument.`);
  process.exit(1);
}
const sources = new Set((await readdir('content/sources')).map((n) => n.replace(/\.yaml$/, '')));
const texts = new Map<string, string[]>();
for (const name of (await readdir(textsDir)).filter((n) => n.endsWith('.txt')).sort()) {
  const base = name.slice(0, -4);
  const id = sources.has(base) ? base : base.replace(/-part-?\d+$/, '');
  // A fingerprint file names the source the audit reports a copy from: it must be a real source id.
  if (!sources.has(id)) {
    console.error(`✗ ${join(textsDir, name)}: no content/sources/${id}.yaml; name the file after its source id`);
    process.exitCode = 1;
    continue;
  }
  texts.set(id, [...(texts.get(id) ?? []), await readFile(join(textsDir, name), 'utf8')]);
}
await mkdir(outDir, { recursive: true });
for (const [id, parts] of texts) {
  // Pieces are separate texts: a run spans no two of them.
  const file = fingerprintFile(id, parts);
  await writeFile(join(outDir, `${id}.txt`), file);
  console.log(`${id}: ${file.split('\n').length - 2} runs from ${parts.length} text${parts.length > 1 ? 's' : ''}`);
}
console.log(`✓ ${texts.size} source fingerprint files in ${outDir}/`);
