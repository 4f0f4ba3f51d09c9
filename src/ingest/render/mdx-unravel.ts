import { collapseWhiteSpace } from 'collapse-white-space';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * What @mdx-js/mdx does to the tree before any remark plugin sees it (its remark-mark-and-unravel,
 * which the package does not export), so that the loader's plugins and HTML meet the tree that
 * @astrojs/mdx gives them: a paragraph holding nothing but JSX elements, expressions and white
 * space gives way to those elements, as blocks. Without it, `<figure>` written over several lines
 * rendered `<p></p>` around its caption, and the rows of a `<dl>` kept the line breaks between
 * them (test/mdx/fixtures/). The markers it also sets for MDX's JSX compiler are left out: no
 * JavaScript is compiled here.
 */
export function remarkMdxUnravel() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined) return;
      let oneOrMore = false;
      for (const child of node.children) {
        if (child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression') oneOrMore = true;
        else if (child.type !== 'text' || collapseWhiteSpace(child.value, { style: 'html', trim: true }) !== '') return;
      }
      if (!oneOrMore) return;
      const blocks = node.children.flatMap((child): RootContent[] => {
        // An element keeps its inline children, as MDX keeps them (mdast's types want blocks in a flow element).
        if (child.type === 'mdxJsxTextElement')
          return [{ ...child, type: 'mdxJsxFlowElement' } as unknown as RootContent];
        if (child.type === 'mdxTextExpression') return [{ ...child, type: 'mdxFlowExpression' }];
        // Only spaces, tabs and line ends are dropped, as MDX drops them (a form feed stays).
        return child.type === 'text' && /^[\t\r\n ]+$/.test(child.value) ? [] : [child];
      });
      parent.children.splice(index, 1, ...(blocks as typeof parent.children));
      // The elements that took the paragraph's place are visited next, from the same index.
      return index;
    });
  };
}
