import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { cachedDiagram, THEMES } from '../diagrams/cache.ts';
import { svgProblems } from '../diagrams/svg-safety.ts';

/**
 * Mermaid blocks become inline SVG at build time, from the diagram cache (see
 * scripts/render-diagrams.ts): one SVG per theme, shown by CSS, so the page needs no JavaScript
 * and the layout does not move under a #section link. A diagram missing from the cache is kept as
 * source and flagged in the frontmatter (`mermaidFallback`, which `render(entry)` hands the page):
 * the page then renders it in the browser, and the build warns (src/emit/steps/mermaid.ts).
 */
/*
 * The few distinct diagrams recur across entries (a shared flowchart): each SVG is checked and
 * parsed once per process, and every use gets its own copy of the tree (later plugins may change it).
 */
const safe = new Map<string, boolean>();
const trees = new Map<string, ElementContent[]>();
const isSafe = (svg: string) => safe.get(svg) ?? safe.set(svg, !svgProblems(svg).length).get(svg)!;
const svgTree = (svg: string): ElementContent[] => {
  const tree = trees.get(svg) ?? (fromHtml(svg, { fragment: true, space: 'svg' }).children as ElementContent[]);
  trees.set(svg, tree);
  return structuredClone(tree);
};

/** The frontmatter key that says a diagram was left for the browser. */
export const MERMAID_FALLBACK = 'mermaidFallback';

export function remarkMermaid() {
  return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      // A cached SVG that is not plain SVG (hand-edited) is never inlined; the check reports it.
      const svgs = THEMES.map((theme) => ({ theme, svg: cachedDiagram(node.value, theme) })).map(({ theme, svg }) => ({
        theme,
        svg: svg && isSafe(svg) ? svg : null,
      }));
      let children: ElementContent[];
      if (svgs.every((s) => s.svg)) {
        children = svgs.map(({ theme, svg }) => ({
          type: 'element',
          tagName: 'div',
          properties: { className: ['diagram-svg', `diagram-${theme}`] },
          children: svgTree(svg!),
        }));
      } else {
        file.data.astro ??= {};
        file.data.astro.frontmatter ??= {};
        file.data.astro.frontmatter[MERMAID_FALLBACK] = true;
        children = [
          {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['mermaid-fallback'] },
            children: [{ type: 'text', value: node.value }],
          },
        ];
      }
      parent.children.splice(index, 1, {
        type: 'paragraph', // any block node: hName/hChildren decide the HTML
        data: { hName: 'figure', hProperties: { className: ['diagram'] }, hChildren: children },
        children: [],
      });
    });
  };
}
