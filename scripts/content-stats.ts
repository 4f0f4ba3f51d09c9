/**
 * `npm run stats`: how deep the knowledge base is, from the same parse the checks use: entries
 * and words of prose per collection, the shortest entries, mentions of "the guide", and how many
 * sources were read, and how many citations the sources' own text does not confirm. For closing notes and
 * reviews; nothing here fails a build.
 */

import { loadContent } from '../src/ingest/load.ts';
import { contentDir } from '../src/ingest/settings.ts';
import { guideMentions, proseWords } from '../src/ingest/words.ts';
import { ENTRY_COLLECTIONS, REGISTRY } from '../src/schemas/registry.ts';

const content = await loadContent(contentDir());
const rows = content.entries.map((e) => {
  const body = e.facts;
  const ids = new Set(body.headings.flatMap((h) => [h.slug, ...h.aliases]));
  return {
    key: `${e.collection}/${e.id}`,
    collection: e.collection,
    words: proseWords(body),
    guide: guideMentions(body),
    limits: ids.has('limits') || ids.has('pitfalls') || ids.has('remedies'),
  };
});

console.log('| collection | entries | words of prose | mean words | "the guide" per entry |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const c of ENTRY_COLLECTIONS) {
  const r = rows.filter((x) => x.collection === c);
  const words = r.reduce((n, x) => n + x.words, 0);
  const guide = r.reduce((n, x) => n + x.guide, 0);
  console.log(
    `| ${c} | ${r.length} | ${words} | ${Math.round(words / (r.length || 1))} | ` +
      `${(guide / (r.length || 1)).toFixed(2)} |`,
  );
}
const lessons = rows.filter((r) => ['practices', 'challenges', 'techniques'].includes(r.collection));
const all = rows.filter((r) => REGISTRY[r.collection].attributed);
console.log(
  `\nall attributed entries: ${all.reduce((n, x) => n + x.words, 0)} words; "the guide" ` +
    `${(all.reduce((n, x) => n + x.guide, 0) / all.length).toFixed(2)} per entry`,
);
console.log(
  `practices, challenges, techniques with a section on limits or costs: ${lessons.filter((r) => r.limits).length} of ` +
    `${lessons.length}`,
);
console.log(
  `shortest: ${[...all]
    .sort((a, b) => a.words - b.words)
    .slice(0, 5)
    .map((r) => `${r.key} ${r.words}`)
    .join(', ')}`,
);
const checked = content.sources.filter((s) => s.data.checked);
const roles = (role: string) => content.sources.filter((s) => s.data.role === role);
console.log(
  `sources: ${content.sources.length} (${roles('case-study').length} case studies, ` +
    `${roles('reference').length} references); read: ${checked.length}; not read: ${
      content.sources
        .filter((s) => !s.data.checked)
        .map((s) => s.id)
        .join(', ') || 'none'
    }`,
);

// Provenance (issue 23): each `@id` of a citation counts once, wherever it stands, so that the share
// moves with every marker confirmed or removed.
const cited = content.entries.flatMap((e) => e.facts.citations);
const unconfirmed = cited.filter((c) => c.unconfirmed);
const share = cited.length ? (100 * unconfirmed.length) / cited.length : 0;
console.log(`\ncited source keys: ${cited.length}; marked unconfirmed: ${unconfirmed.length} (${share.toFixed(1)}%)`);
const bySource = new Map<string, number>();
for (const c of unconfirmed) bySource.set(c.key, (bySource.get(c.key) ?? 0) + 1);
console.log(
  `most unconfirmed citations: ${
    [...bySource]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ') || 'none'
  }`,
);
// A guide-only claim that no citation names may stay in its source file (it is removed only where its guide
// line is carried elsewhere); no check fails on it, so it is listed here for a reviewer to weigh.
const named = new Set(unconfirmed.filter((c) => c.claim).map((c) => `${c.key}#${c.claim}`));
const unnamed = content.sources
  .filter((s) => s.data.checked)
  .flatMap((s) => s.data.guide_only.filter((g) => !named.has(`${s.id}#${g.id}`)).map((g) => `${s.id}#${g.id}`));
console.log(
  `guide-only claims of checked sources that no citation names: ${unnamed.length ? unnamed.join(', ') : 'none'}`,
);
