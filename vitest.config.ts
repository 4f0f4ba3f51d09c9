import { defineConfig } from 'vitest/config';

/*
 * Three projects. `unit`: strings through the Markdown processor, the graph, the schemas, every check
 * rule on broken fixtures; fast. `mdx`: every entry rendered by @astrojs/mdx and by our loader. `build`: the sites, built once by a global setup (test/build/setup.ts),
 * in the background while the unit tests run, and shared by every file that reads them. Browser tests need Chromium:
 * `npm run test:browser` (vitest.browser.config.ts).
 */
export default defineConfig({
  test: {
    projects: [
      // One module graph for all unit files: mermaid's parser and the parse cache load once, not per file.
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 60_000,
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // Every real entry through @astrojs/mdx and through the entries' loader, on its thread and on a helper's: the same HTML (Astro's Vite config).
      'test/mdx/vitest.config.ts',
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          // The setup starts the builds; the unit tests (group 0) run while they build, then these (group 1).
          globalSetup: ['test/build/setup.ts'],
          sequence: { groupOrder: 1 },
          // Three `astro build`s run in the setup; give them room on 2 shared cores.
          hookTimeout: 600_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
