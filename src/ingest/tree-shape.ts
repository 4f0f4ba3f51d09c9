import type { Node, Parent, Root, RootContent } from 'mdast';

/**
 * The shape of a body before anything walks it: how deep it nests, and why it does not parse.
 * Kept apart from body.ts because both must hold for hostile input (see the nesting-depth and
 * mdx-syntax rules).
 */
export interface Point {
  line: number;
  column: number;
}

const at = (node: Node): Point => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

export const MAX_WALK_DEPTH = 200;
/** Lists, quotes and elements nested deeper than this are reported (see checks/limits.ts). */
export const MAX_NESTING = 20;
/** Containers that can nest without end; emphasis and links too, since each level is a render call. */
const NESTING = new Set([
  'list',
  'blockquote',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'emphasis',
  'strong',
  'delete',
  'link',
]);

/**
 * The deepest nesting of the tree and where it first goes past `limit` levels (in document order).
 * Iterative, so that a hostile 10,000-deep quote cannot overflow the stack here either.
 */
export function deepestNesting(tree: Root, limit: number): Point & { depth: number } {
  let depth = 0;
  let where: Point = { line: 1, column: 1 };
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, above] = stack.pop()!;
    const d = above + (NESTING.has(node.type) ? 1 : 0);
    if (d > limit && depth <= limit) where = at(node);
    depth = Math.max(depth, d);
    if ('children' in node) for (const child of [...(node as Parent).children].reverse()) stack.push([child, d]);
  }
  return { depth, ...where };
}

/** micromark and mdast-util-mdx-jsx throw a VFileMessage whose `place` is a point or a range. */
export function syntaxErrorOf(error: unknown): Point & { message: string } {
  const e = error as {
    reason?: string;
    message?: string;
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
  };
  const reason = e.reason ?? e.message ?? String(error);
  // Some errors (an unclosed tag) carry their position only in the text: "... (4:1-4:11)".
  const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
  const point =
    e.place?.start ?? e.place ?? (inText ? { line: Number(inText[1]), column: Number(inText[2]) } : undefined);
  const message = inText ? reason.slice(0, inText.index).trimEnd() : reason;
  // The parser itself recurses: past some thousands of levels it runs out of stack.
  return {
    line: point?.line ?? 1,
    column: point?.column ?? 1,
    message: /call stack/i.test(message) ? 'the text nests too deeply to read (thousands of levels)' : message,
  };
}

/** A node's text without its code spans and blocks: what reads as prose (and citations) on the page. */
export function textOutsideCode(node: Node): string {
  if (node.type === 'inlineCode' || node.type === 'code') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node as Parent).children.map(textOutsideCode).join('') : '';
}

/** Headings followed by nothing before the next heading of the same or a higher level. */
export function emptySections(children: RootContent[]): Point[] {
  const empty: Point[] = [];
  children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const next = children.slice(i + 1).find((n) => n.type !== 'heading' || n.depth <= node.depth);
    if (!next || next.type === 'heading') empty.push(at(node));
  });
  return empty;
}
