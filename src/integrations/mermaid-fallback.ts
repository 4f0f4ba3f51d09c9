import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fallbackFiles } from '../plugins/remark-mermaid.ts';

/**
 * Ships mermaid's browser bundle only when a page renders a diagram in the browser (a diagram
 * not yet pre-rendered). Keeping it out of the bundler also keeps every build from compiling it.
 */
export function mermaidFallbackIntegration(): AstroIntegration {
  return {
    name: 'kb-mermaid-fallback',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!fallbackFiles.size) return;
        const out = fileURLToPath(new URL('_kb/', dir));
        mkdirSync(out, { recursive: true });
        copyFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), `${out}mermaid.min.js`);
        logger.warn(
          `${fallbackFiles.size} file(s) have diagrams that render in the browser, not at build time: install ` +
            `Chromium and run \`npm run diagrams\``,
        );
      },
    },
  };
}
