// `npm test`: type-check and build concurrently, then unit, content and browser tests (vitest, two workers).
//   astro check → tsc --noEmit  ‖  build dist/  ‖  build dist-fixture/ (fixture course, BASE=/course/)   then   vitest run
// Builds happen only when stale and only for the projects asked for: `npm test -- --project unit` builds nothing
// and skips the type-check (a full run, without --project, always type-checks). Phase times and CPU seconds go to
// test-timings.json; `npm run bench` reports them.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildFixtureIfStale, buildIfStaleAsync } from './build-if-stale.mjs';

const args = process.argv.slice(2);
const projects = args.flatMap((arg, i) => (arg === '--project' ? [args[i + 1]] : arg.startsWith('--project=') ? [arg.slice(10)] : []));
const wants = (name) => projects.length === 0 || projects.includes(name);
const needsBuilds = wants('content') || wants('e2e');
const started = performance.now();
const phases = [];

/** CPU seconds (user + system) of this process and its finished children, from /proc (Linux). */
function cpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
    return (fields[11] + fields[12] + fields[13] + fields[14]) / 100; // utime stime cutime cstime (clock ticks)
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
}

async function phase(name, work) {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    phases.push({ name, start: (t0 - started) / 1000, seconds: (performance.now() - t0) / 1000 });
    console.log(`[test] ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

function run(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(Object.assign(new Error(`${command} ${commandArgs.join(' ')} failed`), { status: code ?? 1 }))));
  });
}

try {
  // astro check types .astro files and the rest; then plain tsc (the same tsconfig, .astro imports declared in
  // src/astro-modules.d.ts) keeps `tsc --noEmit` passing for editors and tools that run it. tsc goes second: it needs
  // the types astro check writes into .astro/ first (astro:content, import.meta.env), which a fresh clone lacks.
  const check = projects.length === 0
    ? phase('astro check', () => run(process.execPath, ['node_modules/astro/astro.js', 'check']))
      .then(() => phase('tsc --noEmit', () => run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'])))
    : Promise.resolve();
  // The two builds run side by side as well: the fixture course builds in a project copy of its own (its own .astro/
  // state and cache), and the type-checks and builds together keep both cores busy where one after another left
  // them idle about a third of the time.
  const builds = needsBuilds
    ? Promise.all([phase('build dist', () => buildIfStaleAsync({ outDir: 'dist' })), phase('build dist-fixture', buildFixtureIfStale)])
    : Promise.resolve();
  // Both must finish (and both are reported) before the tests; the first failure sets the exit code.
  const settled = await Promise.allSettled([check, builds]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  await phase('vitest', () => run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results.json', ...args]));
} catch (error) {
  if (error?.message) console.error(`[test] ${error.message}`);
  process.exitCode = typeof error?.status === 'number' ? error.status : 1;
} finally {
  const total = (performance.now() - started) / 1000;
  console.log(`[test] total ${total.toFixed(1)} s wall, ${cpuSeconds().toFixed(1)} s CPU`);
  writeFileSync('test-timings.json', `${JSON.stringify({ at: new Date().toISOString(), args, total, cpu: cpuSeconds(), phases, exitCode: process.exitCode ?? 0 }, null, 2)}\n`);
}
