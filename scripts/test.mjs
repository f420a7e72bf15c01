// `npm test`: type-check, unit tests, builds and then content and browser tests, side by side (vitest, two workers):
//   astro check (.astro files) → tsc --noEmit (the rest) → vitest unit
//   build dist/                                              ┐
//   build dist-fixture/ (fixture course, BASE=/course/) → compat lint   ┘ → vitest content + e2e
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

/** The child processes running now (stopChildren() ends them when a step has failed). */
const children = new Set();
let stopping = false;
const stopChildren = () => { stopping = true; for (const child of children) child.kill('SIGTERM'); };

function run(command, commandArgs) {
  if (stopping) return Promise.reject(Object.assign(new Error('stopped: an earlier step failed'), { status: 1 }));
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    children.add(child);
    child.on('error', reject);
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${command} ${commandArgs.slice(0, 3).join(' ')} failed`), { status: code ?? 1 }));
    });
  });
}

const vitest = (extra) => [process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', ...extra, ...args]];
const full = projects.length === 0;
/** A file or name filter (`npm test -- tests/unit/plan.test.ts`) may leave one of a full run's two vitest runs nothing. */
const filtered = args.some((arg) => !arg.startsWith('-'));

try {
  // astro check types the .astro files (tsconfig.astro.json); then plain tsc types every .ts and .tsx file, tests and
  // scripts included (tsconfig.json; .astro imports declared in src/astro-modules.d.ts). astro check over the whole
  // project repeated tsc's work: 290 files in about 50 s where the 41 .astro files take 12. tsc goes second: it needs
  // the types astro check writes into .astro/ first (astro:content, import.meta.env), which a fresh clone lacks.
  // In a full run the unit tests follow (they need no build), in a vitest run of their own.
  const check = full
    ? phase('astro check', () => run(process.execPath, ['node_modules/astro/astro.js', 'check', '--tsconfig', 'tsconfig.astro.json']))
      .then(() => phase('tsc --noEmit', () => run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'])))
      .then(() => phase('vitest unit', () => run(...vitest(['--project', 'unit', '--passWithNoTests', '--outputFile.json=test-results-unit.json']))))
    : Promise.resolve();
  // The two builds run side by side as well: the fixture course builds in a project copy of its own (its own .astro/
  // state and cache). After the fixture build (the shorter one), the type-aware compat lint of src/ saves its result
  // for tests/content/compat.test.ts (scripts/compat-lint.mjs). Everything before the browser tests keeps both cores
  // busy where one step after another left them idle.
  const builds = needsBuilds
    ? Promise.all([
      phase('build dist', () => buildIfStaleAsync({ outDir: 'dist' })),
      phase('build dist-fixture', buildFixtureIfStale)
        .then(() => (wants('content') ? phase('compat lint', () => run(process.execPath, ['scripts/compat-lint.mjs'])) : undefined)),
    ])
    : Promise.resolve();
  // The browser and content tests start once their builds are there; the type-check and unit tests may still be
  // running beside them. Every step must pass; the first failure sets the exit code, and a failed build or check
  // stops the vitest run that is going.
  const tests = builds.then(() => {
    const rest = full ? ['--project', 'content', '--project', 'e2e', ...(filtered ? ['--passWithNoTests'] : [])] : [];
    return phase('vitest', () => run(...vitest([...rest, '--outputFile.json=test-results.json'])));
  });
  let firstFailure;
  const stopOnFailure = (step) => step.catch((error) => { firstFailure ??= error; stopChildren(); });
  await Promise.all([stopOnFailure(check), stopOnFailure(tests)]);
  if (firstFailure) throw firstFailure;
} catch (error) {
  if (error?.message) console.error(`[test] ${error.message}`);
  process.exitCode = typeof error?.status === 'number' ? error.status : 1;
} finally {
  const total = (performance.now() - started) / 1000;
  console.log(`[test] total ${total.toFixed(1)} s wall, ${cpuSeconds().toFixed(1)} s CPU`);
  writeFileSync('test-timings.json', `${JSON.stringify({ at: new Date().toISOString(), args, total, cpu: cpuSeconds(), phases, exitCode: process.exitCode ?? 0 }, null, 2)}\n`);
}
