import { keyOf } from '../../model/graph.ts';
import type { Problem } from '../../report/problems.ts';
import { aliasPath } from '../../schemas/fields.ts';
import { REGISTRY } from '../../schemas/registry.ts';
import type { CheckContext } from './context.ts';

/** Each item whose name (in any case) an earlier item already has, with that earlier item. */
function sameNames<T>(items: readonly T[], name: (item: T) => string): [T, T][] {
  const firsts = new Map<string, T>();
  return items.flatMap((item): [T, T][] => {
    const key = name(item).toLowerCase();
    const first = firsts.get(key);
    if (first) return [[item, first]];
    firsts.set(key, item);
    return [];
  });
}

/**
 * Structure: no two entries share a title (nor two tags a label), no page has two headings with
 * one anchor, no heading is left empty, and every entry is reachable from another one (framework
 * pages are the tops of the tree; a company is reached through the sources it is cited by).
 */
export function checkStructure({ content, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const [entry, first] of sameNames(content.entries, (e) => e.data.title))
    problems.push({
      file: entry.file,
      ...entry.yaml.locate(['title']),
      rule: 'duplicate-title',
      message: `the title "${entry.data.title}" is already used by ${first.file}: give each entry its own title`,
    });
  // Readers tell tags apart by their labels, in the search filters and on every page.
  for (const [tag, first] of sameNames(content.tags, (t) => t.data.label))
    problems.push({
      file: tag.file,
      line: tag.line,
      column: 1,
      rule: 'duplicate-title',
      message: `the tag label "${tag.data.label}" is already the label of tag ${first.id}: give each tag its own label`,
    });
  const aliasOwners = new Map<string, string>();
  for (const entry of content.entries) {
    const body = entry.facts;
    const seen = new Map<string, number>();
    for (const h of body.headings) {
      for (const anchor of [h.slug, ...h.aliases]) {
        const before = seen.get(anchor);
        if (before !== undefined)
          problems.push({
            file: entry.file,
            line: h.line,
            column: h.column,
            rule: 'duplicate-anchor',
            message: `heading anchor #${anchor} is already used on line ${before}: pin another id with \\{#other-id}`,
          });
        else seen.set(anchor, h.line);
      }
    }
    for (const s of body.emptySections)
      problems.push({
        file: entry.file,
        line: s.line,
        column: s.column,
        rule: 'empty-section',
        message: 'this heading has no text under it: write the section or remove the heading',
      });

    entry.data.aliases.forEach((alias, i) => {
      const key = aliasPath(entry.collection, alias).join('/');
      const owner = aliasOwners.get(key);
      if (owner)
        problems.push({
          file: entry.file,
          ...entry.yaml.locate(['aliases', i]),
          rule: 'duplicate-alias',
          message:
            `alias "${alias}" is already ${owner === entry.file ? 'listed above' : `an alias of ${owner}`}: ` +
            `an old URL can redirect to one entry only; remove it here`,
        });
      else aliasOwners.set(key, entry.file);
    });
    for (const alias of entry.data.aliases) {
      const [collection, id] = aliasPath(entry.collection, alias);
      if (graph.entries.has(`${collection}/${id}`))
        problems.push({
          file: entry.file,
          ...entry.yaml.locate(['aliases']),
          rule: 'alias-taken',
          message:
            `alias "${alias}" is the id of another entry (content/${collection}/${id}.mdx): an old URL can ` +
            `redirect only once; remove the alias`,
        });
    }
    const key = keyOf(entry);
    const reached =
      (graph.backlinks.get(key) ?? []).length > 0 ||
      !REGISTRY[entry.collection].attributed ||
      // A company page is reached from the pages of its cited sources (and from the entries its case records list).
      (entry.collection === 'companies' &&
        [...graph.sources.values()].some((s) => s.organisation === entry.id && graph.citing.has(s.id)));
    if (!reached)
      problems.push({
        file: entry.file,
        line: 1,
        column: 1,
        rule: 'orphan',
        message:
          'no other entry links to this one: reference it from a related entry (`related:`, `challenges:`, ' +
          '`techniques:` or a body link)',
      });
  }
  return problems;
}
