import { classifyHref } from '../../ingest/hrefs.ts';
import { keyOf } from '../../model/graph.ts';
import { refsOf } from '../../model/graph-entry.ts';
import type { Problem } from '../../report/problems.ts';
import { type CheckContext, suggest } from './context.ts';

/**
 * Every typed reference, tag, guide section, citation key and link to an entry points at
 * something that exists. Astro only logs a broken `reference()`; this rule fails instead.
 */
export function checkReferences({ content, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const tagIds = new Set(content.tags.map((t) => t.id));
  const sectionIds = new Set(content.outline.map((s) => s.id));
  const companyIds = content.entries.filter((e) => e.collection === 'companies').map((e) => e.id);
  const idsIn = (collection: string) =>
    [...graph.entries.values()].filter((e) => e.collection === collection).map((e) => e.id);

  for (const entry of content.entries) {
    const { file, yaml } = entry;
    const index = new Map<string, number>();
    for (const ref of refsOf(entry)) {
      const i = index.get(ref.field) ?? 0;
      index.set(ref.field, i + 1);
      if (graph.entries.has(keyOf(ref))) continue;
      problems.push({
        file,
        ...yaml.locate([ref.field, i]),
        rule: 'unknown-reference',
        message:
          `\`${ref.field}\` names "${ref.id}", but there is no ` +
          `content/${ref.collection}/${ref.id}.mdx${suggest(ref.id, idsIn(ref.collection))}: fix the id or create ` +
          `the entry`,
      });
    }
    entry.data.tags.forEach((tag, i) => {
      // When tags.yaml or outline.yaml cannot be read, its own problem is the one to fix.
      if (!tagIds.has(tag) && !content.unreadable.has('tags'))
        problems.push({
          file,
          ...yaml.locate(['tags', i]),
          rule: 'unknown-tag',
          message:
            `tag "${tag}" is not in content/tags.yaml${suggest(tag, tagIds)}: use a listed tag or add this ` +
            `one there with a description`,
        });
    });
    ('guide' in entry.data ? entry.data.guide : []).forEach((section, i) => {
      if (!sectionIds.has(section) && !content.unreadable.has('outline'))
        problems.push({
          file,
          ...yaml.locate(['guide', i]),
          rule: 'unknown-section',
          message:
            `guide section "${section}" is not in content/outline.yaml${suggest(section, sectionIds)}: use a ` +
            `section id listed there`,
        });
    });
    // The guide's entries carry a section of it (the audit follows each guide line to them); the team's own need none.
    // Read from the file itself: a `guide:` the schema refused is reported there, not again here.
    const written = (yaml.data as Record<string, unknown> | null)?.guide;
    const noSections = written === undefined || (Array.isArray(written) && written.length === 0);
    if ('guide' in entry.data && noSections && entry.data.origin === 'guide')
      problems.push({
        file,
        ...yaml.locate([written === undefined ? 'title' : 'guide']),
        rule: 'guide-sections',
        message:
          'names no section of the guide: add `guide: [...]` with the section ids it carries (content/outline.yaml), ' +
          'or write `origin: team` if it is your team’s own lesson',
      });
    const body = entry.facts;
    for (const c of body.citations) {
      if (!graph.sources.has(c.key))
        problems.push({
          file,
          line: c.line,
          column: c.column,
          rule: 'unknown-source',
          message:
            `citation [@${c.key}] names no source in content/sources/${suggest(c.key, graph.sources.keys())}: ` +
            `fix the key or add content/sources/${c.key}.yaml`,
        });
    }
    for (const link of body.links) {
      const href = classifyHref(link.href);
      const key = href.kind === 'internal' ? href.entry : null;
      if (key && !graph.entries.has(key)) {
        const [collection, id] = key.split('/') as [string, string];
        problems.push({
          file,
          line: link.line,
          column: link.column,
          rule: 'unknown-reference',
          message:
            `link to ${link.href} points to no entry: there is no ` +
            `content/${collection}/${id}.mdx${suggest(id, idsIn(collection))}`,
        });
      }
    }
  }
  for (const section of content.outline) {
    section.data.points.forEach((point, i) => {
      for (const key of point.entries) {
        if (graph.entries.has(key)) continue;
        const [collection, id] = key.split('/') as [string, string];
        problems.push({
          file: section.file,
          line: section.line,
          column: 1,
          rule: 'unknown-reference',
          message:
            `point ${i + 1} of section "${section.id}" names ${key}, which does not ` +
            `exist${suggest(id, idsIn(collection))}: fix the id`,
        });
      }
    });
    if (section.data.parent && !sectionIds.has(section.data.parent))
      problems.push({
        file: section.file,
        line: section.line,
        column: 1,
        rule: 'unknown-section',
        message:
          `section "${section.id}" has parent "${section.data.parent}", which is not a ` +
          `section${suggest(section.data.parent, sectionIds)}`,
      });
  }
  for (const source of content.sources) {
    const org = source.data.organisation?.id;
    if (org && !companyIds.includes(org))
      problems.push({
        file: source.file,
        ...source.yaml.locate(['organisation']),
        rule: 'unknown-reference',
        message:
          `organisation "${org}" is not a company in content/companies/${suggest(org, companyIds)}: fix the ` +
          `id or add the company`,
      });
  }
  return problems;
}
