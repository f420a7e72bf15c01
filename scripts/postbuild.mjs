// After `astro build` and `pagefind`: the SCORM packages (lms/), then the offline worker (sw.js, which never
// precaches lms/). Usage: node scripts/postbuild.mjs <outDir>   (BASE and VF_CONTENT_DIR as for the build)
import { writeLmsPackages } from './postbuild/lms.mjs';
import { writeOfflineWorker } from './postbuild/offline.mjs';

const outDir = process.argv[2] ?? 'dist';
const started = Date.now();
const lms = await writeLmsPackages(outDir);
const offline = await writeOfflineWorker(outDir);
const mb = (n) => (n / 1024 / 1024).toFixed(1);
console.log(`[postbuild] ${lms.length} SCORM packages in ${outDir}/lms/ (${mb(lms.reduce((n, p) => n + p.bytes, 0))} MB); ` +
  `${outDir}/sw.js precaches ${offline.entries.length} files (${mb(offline.bytes)} MB); ${Date.now() - started} ms`);
