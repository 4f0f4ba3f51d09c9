import type { HTMLElement } from 'node-html-parser';
import { CONTENT_SCOPE } from '../../src/model/csp.ts';

/**
 * The inline scripts a page ships (not inside the entry text), found in a full parse: the
 * reference the build's streaming readings (src/checks/dist/read-page.ts)
 * are checked against.
 */
export function siteInlineScripts(root: HTMLElement): HTMLElement[] {
  return root.querySelectorAll('script:not([src])').filter((s) => !s.closest(CONTENT_SCOPE));
}
