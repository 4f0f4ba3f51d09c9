import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type LocatedYaml, parseYaml } from './frontmatter.ts';
import { type Point, syntaxErrorOf } from './tree-shape.ts';

/**
 * One parse of an MDX file: the Markdown tree with its frontmatter node, so that every position,
 * in the YAML or in the body, is a position in the file.
 */
const mdx = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);
/** Frontmatter only: for a body that is not valid MDX, or too complex to read (its problem is reported). */
const frontmatterOnly = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

interface ParsedMdx {
  /** The file's tree; only its frontmatter node when the body could not be read. */
  tree: Root;
  /** The frontmatter, or null when the file has none. */
  yaml: LocatedYaml | null;
  /** Why the body is not valid MDX, where it is not. */
  syntaxError: (Point & { message: string }) | null;
}

/** `bodyToo: false` reads the frontmatter alone (a body too complex to parse in time). */
export function parseMdx(text: string, bodyToo = true): ParsedMdx {
  let tree: Root;
  let syntaxError: ParsedMdx['syntaxError'] = null;
  try {
    if (!bodyToo) throw null;
    tree = mdx.parse(text);
  } catch (error) {
    if (error !== null) syntaxError = syntaxErrorOf(error);
    // The frontmatter is the block before the second `---`: read it alone.
    const end = text.search(/\n---[ \t]*(?:\r?\n|$)/);
    const head = frontmatterOnly.parse(end < 0 ? '' : text.slice(0, end + 4));
    tree = { type: 'root', children: head.children.filter((n) => n.type === 'yaml') };
  }
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  // The YAML's first line is the line after the opening `---`: positions shift by that line.
  const yaml = node ? parseYaml(node.value, node.position?.start.line ?? 1, node.position?.end.line) : null;
  return { tree, yaml, syntaxError };
}
