import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { contentDir } from '../settings.ts';

/**
 * Rendered diagrams live in the repository, keyed by a hash of the diagram source, the theme, the
 * render settings and the mermaid version, so a machine without Chromium still builds them all.
 */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Mermaid settings per theme. Plain SVG text (no HTML labels) reads and scales inline without CSS
 * and carries no HTML. Mermaid 11+ reads the top-level `htmlLabels` first and its default is true,
 * so `flowchart.htmlLabels` alone left every label in a <foreignObject>. `secure` keeps a diagram's
 * own directives from switching any of this back (the diagram-safety rule also refuses them).
 */
export const renderConfig = (theme: Theme) => ({
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  theme: theme === 'dark' ? 'dark' : 'default',
  // Mermaid 12 wraps flowchart labels at 120 px and splits any longer word across lines
  // ("hyperparameter / s"); at 200 px a word of plain text fits, and `<br>` still breaks where the author wants.
  flowchart: { useMaxWidth: true, wrappingWidth: 200 },
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'suppressErrorRendering',
    'maxEdges',
    'htmlLabels',
    'flowchart',
    'themeCSS',
    'dompurifyConfig',
  ],
});

/**
 * The cache: `diagrams/` in the content folder it renders (`content/diagrams/`), or KB_DIAGRAM_DIR. Beside
 * its content, because the cache is pruned to that content's diagrams: building another folder (a
 * fixture, a team's knowledge base) must never delete the committed renders of this one.
 */
export const DIAGRAM_DIR = resolve(process.env.KB_DIAGRAM_DIR ?? join(contentDir(), 'diagrams'));

let version: string | undefined;
function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  version ??= (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string })
    .version;
  return version;
}

export function diagramKey(code: string, theme: Theme): string {
  const input = JSON.stringify([mermaidVersion(), renderConfig(theme), code.trim()]);
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

export const diagramFile = (key: string) => join(DIAGRAM_DIR, `${key}.svg`);

/** The cached SVG, if there is one; never through a symbolic link, which could publish any file. */
export function cachedDiagram(code: string, theme: Theme): string | null {
  const file = diagramFile(diagramKey(code, theme));
  return existsSync(file) && !lstatSync(file).isSymbolicLink() ? readFileSync(file, 'utf8') : null;
}

export const isLinkedDiagram = (code: string, theme: Theme) =>
  lstatSync(diagramFile(diagramKey(code, theme)), { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
