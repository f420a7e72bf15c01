// Writes <outDir>/sw.js: the offline worker (src/offline/sw.js) with this build's precache manifest from workbox-build.
// Runs after pagefind, so the search index is in the manifest. The LMS packages (lms/) are not precached.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { BUILD_TARGET } from '../browser-target.mjs';

const TEMPLATE = new URL('../../src/offline/sw.js', import.meta.url);
/** Page code loaded by URL (src/scripts/page-code.ts): output name → source. */
const PAGE_CODE = { offline: '../../src/scripts/offline.ts', 'plan-bar': '../../src/scripts/plan-bar.ts' };

/** Write <outDir>/offline.js and <outDir>/plan-bar.js, the page code src/scripts/page-code.ts loads by URL. */
export async function writePageCode(outDir) {
  for (const [name, source] of Object.entries(PAGE_CODE)) {
    await build({ entryPoints: [new URL(source, import.meta.url).pathname], outfile: join(outDir, `${name}.js`), bundle: true, format: 'esm', minify: true, target: BUILD_TARGET, logLevel: 'warning' });
  }
}

/** Files a browser never asks for as part of the course. */
const IGNORE = ['sw.js', 'lms/**', '.vf-build-stamp', 'sitemap-*.xml', 'robots.txt'];

/**
 * Precache entries with paths relative to the base, pages as their directory URL ("en/modules/x/" for
 * en/modules/x/index.html), plus the build's version (a hash of every path and revision) and total bytes.
 */
export async function offlineManifest(outDir) {
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: IGNORE,
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/(^|\/)index\.html$/, '$1') })),
        warnings: [],
      }),
    ],
  });
  if (warnings.length) throw new Error(`offline manifest: ${warnings.join('; ')}`);
  const entries = manifestEntries.map(({ url, revision, size: bytes }) => ({ url, revision: revision ?? null, size: bytes }));
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = createHash('sha256').update(JSON.stringify(entries.map((e) => [e.url, e.revision]))).digest('hex').slice(0, 16);
  return { entries, version, bytes: size };
}

/** Write sw.js into outDir; returns what it precaches. */
export async function writeOfflineWorker(outDir) {
  await writePageCode(outDir); // first, so the worker precaches it
  const manifest = await offlineManifest(outDir);
  const template = readFileSync(TEMPLATE, 'utf8');
  for (const token of ['self.__WB_MANIFEST', '__VF_VERSION__', '__VF_BYTES__']) {
    if (template.split(token).length !== 2) throw new Error(`src/offline/sw.js must contain ${token} exactly once`);
  }
  const source = template
    .replace('self.__WB_MANIFEST', JSON.stringify(manifest.entries.map(({ url, revision }) => ({ url, revision }))))
    .replace('__VF_VERSION__', manifest.version)
    .replace('__VF_BYTES__', String(manifest.bytes));
  writeFileSync(join(outDir, 'sw.js'), source);
  return manifest;
}
