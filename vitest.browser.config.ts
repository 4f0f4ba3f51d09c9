import { defineConfig } from 'vitest/config';

/* Browser tests: Debian's Chromium through playwright-core. `npm run test:browser`; CI installs Chromium first. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
