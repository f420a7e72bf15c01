// `npm run bench`: a benchmark, not a test. Prints and writes a markdown report (bench/REPORT.md):
// build time and per-page bytes, build scaling with content ×10 and ×50, Lighthouse mobile scores,
// scenario-engine throughput and validation time, and the test suite's time (`npm run bench -- --tests` runs
// `npm test` first; otherwise the last run's test-timings.json and test-results.json are reported;
// `npm run bench -- --tests-only` prints only that section).
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { multipliedCopy } from './multiply.mjs';

const root = new URL('..', import.meta.url).pathname;
const KB = (n) => (n / 1024).toFixed(1);
const lines = [];
const out = (s = '') => { console.log(s); lines.push(s); };
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(k)));

function timedBuild(cwd, outDir = 'dist') {
  const t0 = performance.now();
  execSync(`npx astro build && npx pagefind --site ${outDir} --silent`, { cwd, stdio: 'pipe', env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', VF_OUT_DIR: outDir } });
  const seconds = (performance.now() - t0) / 1000;
  const pages = countPages(join(cwd, outDir));
  return { seconds, pages };
}

function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html') && !String(f).startsWith('pagefind')).length;
}

async function pageBytes(distDir) {
  const { chromium } = await import('playwright-core');
  const { preview } = await import('astro');
  const server = await preview({ root, outDir: distDir, logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const pick = (re) => countPagesList(distDir).find((p) => re.test(p));
  const samples = {
    home: 'en/', lesson: pick(/^en\/modules\/[^/]+\/[^/]+\/$/), 'lesson (zh-cn)': pick(/^zh-cn\/modules\/[^/]+\/[^/]+\/$/),
    scenario: pick(/^en\/scenarios\/[^/]+\/$/), quiz: pick(/^en\/quizzes\/[^/]+\/$/), search: 'en/search/', progress: 'en/progress/',
  };
  const rows = [];
  for (const [kind, path] of Object.entries(samples)) {
    if (!path) continue;
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const sizes = { js: 0, html: 0, css: 0, other: 0 };
    const pending = [];
    page.on('response', (r) => pending.push(r.body().then((b) => {
      const type = r.request().resourceType();
      const key = type === 'script' ? 'js' : type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : 'other';
      sizes[key] += gzipSync(b).length;
    }).catch(() => {})));
    await page.goto(`http://127.0.0.1:4399/${path}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    rows.push({ kind, path, ...sizes, total: sizes.js + sizes.html + sizes.css + sizes.other });
    await page.context().close();
  }
  await browser.close();
  await server.stop();
  return { rows, samples };
}

function countPagesList(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).map((f) => f.replace(/index\.html$/, ''));
}

async function lighthouse(distDir, samples) {
  const { preview } = await import('astro');
  const server = await preview({ root, outDir: distDir, logLevel: 'error', server: { host: '127.0.0.1', port: 4398 } });
  const rows = [];
  try {
    for (const [kind, path] of Object.entries(samples)) {
      if (!path || ['lesson (zh-cn)', 'progress'].includes(kind)) continue;
      const file = join(tmpdir(), `lh-${kind}.json`);
      try {
        // `timeout` bounds a run that hangs (seen in a sandbox without network); -k kills it for good.
        const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking';
        // Asynchronous on purpose: the preview server runs in this process and must keep answering.
        await promisify(execFile)('timeout', ['-k', '5', '150', 'npx', '-y', 'lighthouse@12.2.3', `http://127.0.0.1:4398/${path}`, '--quiet', '--output=json',
          `--output-path=${file}`, `--chrome-flags=${flags}`, '--form-factor=mobile', '--max-wait-for-load=30000'],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
        const report = JSON.parse(readFileSync(file, 'utf8'));
        const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
        rows.push({ kind, path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcp: (report.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2) });
      } catch (error) {
        rows.push({ kind, path, error: String(error.message).split('\n')[0] });
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}

async function engineBench() {
  const file = join(root, 'node_modules/.cache/vf-engine-bench.mjs'); // inside the project so its imports resolve
  await esbuild({ entryPoints: [join(root, 'bench/engine-bench.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error', external: ['yaml', 'astro', 'astro/*'] });
  const { runEngineBench } = await import(file);
  return runEngineBench();
}

/** The test suite's phases (test-timings.json, written by scripts/test.mjs) and the slowest files (vitest's JSON report). */
function testSuiteSection() {
  if (process.argv.includes('--tests')) {
    try {
      execSync('npm test', { cwd: root, stdio: 'inherit', env: { ...cleanEnv(), CI: 'true' } });
    } catch {
      out('`npm test` failed in this run; the times below are of a failing run.');
    }
  }
  const timingsFile = join(root, 'test-timings.json');
  if (!existsSync(timingsFile)) {
    out('No `npm test` run found (test-timings.json). Run `npm test`, or `npm run bench -- --tests`.');
    return;
  }
  const t = JSON.parse(readFileSync(timingsFile, 'utf8'));
  out(`Last \`npm test${t.args.length ? ` -- ${t.args.join(' ')}` : ''}\` (${t.at.slice(0, 16).replace('T', ' ')} UTC, exit ${t.exitCode}): **${t.total.toFixed(0)} s wall**, ${t.cpu.toFixed(0)} s CPU (all processes).`);
  out();
  out('| phase | starts at | wall |');
  out('|---|---:|---:|');
  for (const p of t.phases) out(`| ${p.name} | ${p.start.toFixed(0)} s | ${p.seconds.toFixed(0)} s |`);
  out();
  // A full run writes the unit tests' report beside the rest (they run in a vitest run of their own).
  const reports = ['test-results.json', 'test-results-unit.json'].map((name) => join(root, name)).filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')));
  if (!reports.length) return;
  const results = {
    numPassedTests: reports.reduce((n, r) => n + r.numPassedTests, 0),
    numTotalTests: reports.reduce((n, r) => n + r.numTotalTests, 0),
    testResults: reports.flatMap((r) => r.testResults),
  };
  const files = results.testResults.map((f) => ({
    file: f.name.replace(root, ''),
    tests: f.assertionResults.length,
    seconds: f.endTime && f.startTime ? (f.endTime - f.startTime) / 1000 : f.assertionResults.reduce((sum, a) => sum + (a.duration ?? 0), 0) / 1000,
  })).sort((a, b) => b.seconds - a.seconds);
  out(`${results.numPassedTests} of ${results.numTotalTests} tests passed. Wall time per file (two workers run files side by side):`);
  out();
  out('| file | tests | time |');
  out('|---|---:|---:|');
  for (const f of files.slice(0, 12)) out(`| \`${f.file}\` | ${f.tests} | ${f.seconds.toFixed(1)} s |`);
  out();
}

if (process.argv.includes('--tests-only')) {
  out('## Test suite (`npm test`, what CI runs)');
  testSuiteSection();
  process.exit(0);
}

const started = new Date();
out(`# Benchmark report`);
out();
out(`${started.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`);
out();

out('## (a) Build (astro build + pagefind) and bytes per page');
const base = timedBuild(root, 'dist-bench');
out(`Build: **${base.seconds.toFixed(1)} s** for ${base.pages} pages (${(base.seconds * 1000 / base.pages).toFixed(0)} ms/page).`);
out();
const { rows: byteRows, samples } = await pageBytes(join(root, 'dist-bench'));
out('| page | path | JS | HTML | CSS | other | all fetched (gzip KB) |');
out('|---|---|---:|---:|---:|---:|---:|');
for (const r of byteRows) out(`| ${r.kind} | \`${r.path}\` | ${KB(r.js)} | ${KB(r.html)} | ${KB(r.css)} | ${KB(r.other)} | ${KB(r.total)} |`);
out();

out('## (b) Build scaling with content multiplied');
out('| content | pages | build | per page |');
out('|---|---:|---:|---:|');
out(`| ×1 | ${base.pages} | ${base.seconds.toFixed(1)} s | ${(base.seconds * 1000 / base.pages).toFixed(0)} ms |`);
for (const factor of [10, 50]) {
  const dir = multipliedCopy(factor);
  try {
    const r = timedBuild(dir);
    out(`| ×${factor} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${(r.seconds * 1000 / r.pages).toFixed(0)} ms |`);
  } catch (error) {
    out(`| ×${factor} | — | failed: ${String(error.message).split('\n')[0]} | |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
out();

out('## (c) Lighthouse 12.2.3, mobile, Debian Chromium');
const lh = await lighthouse(join(root, 'dist-bench'), samples);
out('| page | path | performance | accessibility | best practices | SEO | LCP |');
out('|---|---|---:|---:|---:|---:|---:|');
for (const r of lh) out(r.error ? `| ${r.kind} | \`${r.path}\` | error: ${r.error} | | | | |` : `| ${r.kind} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp} s |`);
out();

out('## (d) Scenario engine on a generated 10,000-node scenario');
const engine = await engineBench();
out(`${engine.nodeCount} nodes: **${engine.actionsPerSecond.toLocaleString('en')} actions/s** (${engine.actions.toLocaleString('en')} actions over ${engine.runs} complete runs); validation (schema-free graph checks) **${engine.validationMs} ms** (${engine.problems} problems).`);
out();
out('## (e) Test suite (`npm test`, what CI runs)');
testSuiteSection();
out(`Total benchmark time: ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s.`);

rmSync(join(root, 'dist-bench'), { recursive: true, force: true });
writeFileSync(join(root, 'bench/REPORT.md'), `${lines.join('\n')}\n`);
console.log('\nWritten to bench/REPORT.md');
