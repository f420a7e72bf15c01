// Test projects: unit (pure engine/helpers), content (real + fixture content, and the built HTML read as files),
// e2e (chromium against dist/ and dist-fixture/). Two workers: each e2e file has its own browser and preview server
// and shares no state with another file (storage lives in its own browser contexts), so files run side by side.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 120_000, globalSetup: ['tests/support/builds.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['tests/support/builds.ts'],
        },
      },
    ],
  },
});
