import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MERMAID_BUNDLE_PATH } from '../../model/assets.ts';
import type { Step } from '../step.ts';

/**
 * Ships mermaid's browser bundle only when a page renders a diagram in the browser (a diagram not
 * yet pre-rendered, see src/ingest/plugins/remark-mermaid.ts), and says so: such a page needs
 * Chromium and `npm run diagrams` to be complete.
 */
export function mermaidFallback(): Step {
  const pages: string[] = [];
  return {
    name: 'mermaid-fallback',
    page: ({ file, reading }) => {
      if (reading.mermaidFallback) pages.push(file);
    },
    done: ({ dir, logger }) => {
      if (!pages.length) return 0;
      const target = join(dir, MERMAID_BUNDLE_PATH);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), target);
      logger.warn(
        `${pages.length} page(s) have diagrams that render in the browser, not at build time: install ` +
          'Chromium and run `npm run diagrams`',
      );
      return 0;
    },
  };
}
