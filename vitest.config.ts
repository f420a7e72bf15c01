// Test projects: unit (pure engine/helpers), content (real + fixture content, and the built HTML read as files),
// e2e (chromium against dist/ and dist-fixture/). Two workers: each e2e file has its own browser and preview server
// and shares no state with another file (storage lives in its own browser contexts), so files run side by side.
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest e2e files start first, so the two workers finish together (without a cache vitest goes by file size). */
const LONGEST_FIRST = ['tests/e2e/scenario.test.ts', 'tests/e2e/pages-1.test.ts', 'tests/e2e/pages-2.test.ts'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // Vitest orders the projects one after another; within each, listed files first, the rest in vitest's order (stable sort).
    const groups = new Map<string, TestSpecification[]>();
    for (const spec of sorted) groups.set(spec.project.name, [...(groups.get(spec.project.name) ?? []), spec]);
    return [...groups.values()].flatMap((group) => [...group].sort((a, b) => rank(a) - rank(b)));
  }
}

/** Browser files seen passing on the merged code (see the comment in the e2e project). */
const VERIFIED_E2E = ['site', 'quiz', 'search', 'workshop'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 120_000, globalSetup: ['tests/support/builds.ts'] } },
      {
        test: {
          name: 'e2e',
          // Only the browser files seen passing at this commit run in `npm test`; the rest were written or changed
          // in parallel this round and have not yet been seen green together (docs/testing.md, "Browser files not yet
          // in npm test"). `npm run test:e2e:all` runs every file; the next round brings each back and deletes this list.
          include: process.env.VF_E2E_ALL ? ['tests/e2e/**/*.test.ts'] : VERIFIED_E2E.map((name) => `tests/e2e/${name}.test.ts`),
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Polls end as soon as their condition holds; the long limit only matters on a loaded machine.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/support/builds.ts'],
        },
      },
    ],
  },
});
