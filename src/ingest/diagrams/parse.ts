/**
 * Mermaid's own parser, run in Node under happy-dom (mermaid expects a DOM even to parse).
 * Loaded lazily: content without diagrams never pays for it.
 */
interface DiagramError {
  line: number;
  column: number;
  message: string;
}

type Mermaid = typeof import('mermaid').default;
let mermaid: Promise<Mermaid> | undefined;

async function load(): Promise<Mermaid> {
  const { GlobalRegistrator } = await import('@happy-dom/global-registrator');
  // happy-dom's documented registration of its DOM globals, which mermaid needs even to parse: only in
  // the threads that check content (never in Astro's, whose timers and fetch it would replace).
  if (!('document' in globalThis)) GlobalRegistrator.register();
  const m = (await import('mermaid')).default;
  m.initialize({ startOnLoad: false });
  return m;
}

const results = new Map<string, Promise<DiagramError | null>>();

/** Null when the diagram parses; otherwise where (1-based, within the diagram) and why it does not. */
export function parseDiagram(code: string): Promise<DiagramError | null> {
  // The same diagram source parses the same way: parse each distinct one once.
  let result = results.get(code);
  if (!result) {
    result = parseOnce(code);
    results.set(code, result);
  }
  return result;
}

async function parseOnce(code: string): Promise<DiagramError | null> {
  mermaid ??= load();
  const m = await mermaid;
  try {
    await m.parse(code);
    return null;
  } catch (error) {
    const e = error as Error & {
      hash?: { loc?: { first_line: number; first_column: number }; expected?: string[]; token?: string };
    };
    const loc = e.hash?.loc;
    // The file line is reported separately, so keep the reason, not mermaid's "Parse error on line N:".
    const reason = e.hash?.token
      ? `unexpected token ${e.hash.token}`
      : (e.message.split('\n').at(-1) ?? 'syntax error').trim();
    return { line: loc?.first_line ?? 1, column: (loc?.first_column ?? 0) + 1, message: reason };
  }
}

/** How big a diagram is: nodes and edges for flowcharts, statements (non-blank lines) for every type. */
interface DiagramSize {
  nodes: number;
  edges: number;
  statements: number;
}

export async function diagramSize(code: string): Promise<DiagramSize> {
  const statements = code.split('\n').filter((l) => l.trim() && !l.trim().startsWith('%%')).length;
  mermaid ??= load();
  const m = await mermaid;
  try {
    const { db } = await m.mermaidAPI.getDiagramFromText(code);
    const graph = db as { getVertices?: () => Map<string, unknown>; getEdges?: () => unknown[] };
    return { nodes: graph.getVertices?.().size ?? 0, edges: graph.getEdges?.().length ?? 0, statements };
  } catch {
    return { nodes: 0, edges: 0, statements }; // a diagram that does not parse is reported by diagram-syntax
  }
}
