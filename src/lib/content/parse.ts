import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type LocatedYaml, parseYaml } from './frontmatter.ts';

/**
 * One parse of an MDX file: the Markdown tree with its frontmatter node, so that every position,
 * in the YAML or in the body, is a position in the file.
 */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

export interface ParsedMdx {
  tree: Root;
  /** The frontmatter, or null when the file has none. */
  yaml: LocatedYaml | null;
  /** Where the frontmatter block starts (its opening `---`), for problems about the whole block. */
  line: number;
}

export function parseMdx(text: string): ParsedMdx {
  const tree = parser.parse(text);
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  // The YAML's first line is the line after the opening `---`: positions shift by that line.
  const start = node?.position?.start.line ?? 1;
  return { tree, yaml: node ? parseYaml(node.value, start) : null, line: start };
}
