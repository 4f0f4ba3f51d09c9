import { type Document, isMap, LineCounter, parseDocument, visit } from 'yaml';

/** A parsed YAML document that can say where any of its values sits in the file. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based line and column of the value at `path`, or of the nearest enclosing value. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Where the key (not the value) at `path` is written, e.g. a misspelt field name. */
  locateKey(path: readonly PropertyKey[]): { line: number; column: number };
  /**
   * Where a missing field at `path` would be added: the closing `---` of a frontmatter, else the
   * last line of the fields it belongs with, at their indentation.
   */
  locateMissing(path: readonly PropertyKey[]): { line: number; column: number };
  /** The YAML text of the value at `path` as written, if it is there. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
  /** Syntax errors, already positioned in the file. */
  errors: { line: number; column: number; message: string }[];
}

const MAX_ALIASES = 50;

/**
 * The frontmatter block that starts an MDX file (`---`, the YAML, `---`): the YAML's text, and where
 * the block ends (before the line break after the closing `---`). Null when the file has none.
 */
export function frontmatterBlock(text: string): { yaml: string; end: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, end: match[0].length } : null;
}

/**
 * Parses YAML text that starts `lineOffset` lines into its file (frontmatter starts after `---`);
 * `closingLine` is the line of a frontmatter's closing `---`, where a missing field is added.
 */
export function parseYaml(text: string, lineOffset = 0, closingLine?: number): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  type Ranged = { range?: [number, number, number] } | null | undefined;
  const keyNode = (path: readonly PropertyKey[]): Ranged => {
    const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
    if (!isMap(parent)) return undefined;
    return parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path.at(-1))?.key as Ranged;
  };
  const root = (doc.contents as Ranged)?.range;
  const fallback = root ? at(root[0]) : { line: Math.max(lineOffset, 1), column: 1 };
  // The parser reports a stack overflow as an error of its own: say what it means for the author.
  const explain = (message: string) =>
    /call stack/i.test(message) ? 'the YAML nests too deeply: keep lists and fields a few levels deep' : message;
  const errors = doc.errors.map((e) => ({ ...at(e.pos[0]), message: explain(e.message.split('\n')[0] ?? e.message) }));
  let data: unknown;
  if (!errors.length) {
    try {
      // A few aliases are fine; thousands expand into gigabytes (a "billion laughs" file).
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      let first: Ranged;
      visit(doc, {
        Alias(_, node) {
          first ??= node as Ranged;
          return visit.BREAK;
        },
      });
      const where = first?.range ? at(first.range[0]) : fallback;
      const message = (error as Error).message.split('\n')[0] ?? '';
      errors.push({
        ...where,
        message: /alias/i.test(message)
          ? `${message}: write the values out instead of repeating aliases (*name)`
          : explain(message),
      });
    }
  }
  const nodeAt = (path: readonly PropertyKey[]): Ranged =>
    (path.length ? doc.getIn(path as unknown[], true) : doc.contents) as Ranged;
  return {
    locateMissing(path) {
      if (!path.length) return this.locate(path);
      const parent = nodeAt(path.slice(0, -1));
      if (path.length === 1 && closingLine) return { line: closingLine, column: 1 };
      if (!isMap(parent) || !parent.range) return this.locate(path);
      // The last line that holds any of the fields, not the blank lines or comments after them.
      const end = text.slice(0, parent.range[1]).trimEnd().length - 1;
      return { line: at(Math.max(end, parent.range[0])).line, column: at(parent.range[0]).column };
    },
    sourceOf(path) {
      const range = nodeAt(path)?.range;
      return range ? text.slice(range[0], range[1]) : undefined;
    },
    locateKey(path) {
      const key = keyNode(path);
      return key?.range ? at(key.range[0]) : this.locate(path);
    },
    data,
    errors,
    locate(path) {
      // Walk up until the path exists, so a missing field points at its parent (or the file's start).
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Ranged;
        if (node?.range) return at(node.range[0]);
        const key = keyNode(path.slice(0, depth));
        if (key?.range) return at(key.range[0]);
      }
      return fallback;
    },
  };
}
