import type { Node, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LoadedEntry } from '../../ingest/load.ts';
import { linkProblem, resourceProblem } from '../../ingest/safe-urls.ts';
import type { Problem } from '../../report/problems.ts';
import { checkElement, clip } from './content-elements.ts';
import type { CheckContext } from './context.ts';

/**
 * Content safety, read from the MDX syntax tree: an entry holds text, links and the provided
 * components, never code. MDX compiles every tag, `{expression}` and `import`/`export` into
 * JavaScript that runs at build time or in readers' browsers, so anything else is refused here,
 * before `astro build` sees it.
 */
export function checkContentSafety({ content }: CheckContext): Problem[] {
  return content.entries.flatMap((entry) => checkTree(entry, entry.facts.tree));
}

function checkTree(entry: LoadedEntry, tree: Root): Problem[] {
  const problems: Problem[] = [];
  // Returns nothing: a number returned to `visit` would tell it where to go next.
  const report = (node: Node, message: string): undefined => {
    problems.push({
      file: entry.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      rule: 'unsafe-content',
      message,
    });
  };
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    definitions.set(d.identifier, d.url);
  });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return report(
          node,
          '`import`/`export` runs code when the site is built: remove it; <Guidance> and the other components need ' +
            'no import',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a comment */}` compiles to nothing; any other expression is code.
        if ((node.data?.estree?.body.length ?? 1) > 0)
          report(
            node,
            `\`{${clip(node.value)}}\` is a JavaScript expression, which runs when the site is built: write the text ` +
              `itself, or escape the brace as \\{`,
          );
        return;
      case 'link':
      case 'definition': {
        const why = linkProblem(node.url);
        if (why)
          report(
            node,
            `link "${clip(node.url)}" ${why}: link to an http(s) address or a site path such as /practices/x/`,
          );
        return;
      }
      case 'image':
      case 'imageReference': {
        const src = node.type === 'image' ? node.url : (definitions.get(node.identifier) ?? '');
        const why = resourceProblem(src);
        if (why)
          report(
            node,
            `image "${clip(src)}" ${why}: put the image in public/ and use its site path, or link to it instead`,
          );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, (message) => report(node, message));
        return;
    }
  });
  return problems;
}
