// Global setup of the content and e2e projects: make sure dist/ and dist-fixture/ are built from the current
// sources (a no-op when `npm test` has just built them), so one file can be run on its own.
import { buildFixtureIfStale, buildIfStaleAsync } from '../../scripts/build-if-stale.mjs';

export default async function setup(): Promise<void> {
  await buildIfStaleAsync({ outDir: 'dist' });
  await buildFixtureIfStale();
}
