import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles } from '../helpers/code-files.ts';
import { ROOT } from '../helpers/fixture.ts';

/*
 * The house shows the flow: the folders of src/ follow the data's way through the build, and a
 * module imports only from its own layer or a lower one, never in a circle. From the bottom:
 * the problem catalogue; the schemas; reading and rendering content; the site model; the checks;
 * the build's own steps; then what Astro renders (pages, layouts, components) and the browser code.
 */
const LAYERS = [
  ['report'],
  ['schemas'],
  ['ingest'],
  ['model'],
  // `npm run new`: writes new content from the schemas; the checks know its placeholder.
  ['author'],
  ['checks'],
  ['emit'],
  ['components', 'layouts', 'pages', 'scripts', 'styles', 'types', 'content.config.ts', 'env.d.ts'],
];
const SRC = join(ROOT, 'src');
const layerOf = (file: string) => {
  const top = relative(SRC, file).split('/')[0]!;
  const at = LAYERS.findIndex((names) => names.includes(top));
  if (at < 0) throw new Error(`src/${top} belongs to no layer: add it to LAYERS in test/unit/layers.test.ts`);
  return at;
};

/** Each file's relative imports (static, dynamic, `new URL(...)` workers), resolved to files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return specs.map((s) => resolve(dirname(file), s));
}

type Graph = Map<string, string[]>;

/** Imports that go up: from a module to one in a higher layer. */
function upwardImports(graph: Graph): string[] {
  return [...graph].flatMap(([from, targets]) =>
    targets
      .filter((to) => layerOf(to) > layerOf(from))
      .map((to) => `${relative(ROOT, from)} imports ${relative(ROOT, to)}`),
  );
}

/** Each circle of imports, as the files around it. */
function circles(graph: Graph): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const to of graph.get(file) ?? []) visit(to, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

const files = codeFiles(SRC);
const graph: Graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => t.startsWith(SRC))]));

describe('the layers of src/', () => {
  it('imports only from the same layer or a lower one', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('sees an upward import and a circle where there is one (broken fixtures)', () => {
    const [body, graphTs, meta, card] = ['ingest/body.ts', 'model/graph.ts', 'model/a.ts', 'model/b.ts'].map((f) =>
      join(SRC, f),
    ) as [string, string, string, string];
    expect(upwardImports(new Map([[body, [graphTs]]]))).toEqual(['src/ingest/body.ts imports src/model/graph.ts']);
    expect(
      circles(
        new Map([
          [meta, [card]],
          [card, [meta]],
        ]),
      ),
    ).toEqual(['model/a.ts → model/b.ts → model/a.ts']);
    expect(graph.get(join(SRC, 'emit/pipeline.ts'))).toContain(join(SRC, 'emit/steps/csp.ts'));
  });
});
