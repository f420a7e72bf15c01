// Builds the site (astro build + pagefind) into an output folder unless it is already built from the same sources.
// buildIfStale() blocks; buildIfStaleAsync() and buildFixtureIfStale() run as child processes, so builds can
// overlap other work. The fixture build runs in its own copy of the project (in the temp folder): Astro keeps
// content state in <root>/.astro/ and node_modules/.astro/, which two builds of different content must not share.
import { createHash } from 'node:crypto';
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_SOURCES, assembleFixtureCourse } from './fixture-course.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/postbuild.mjs', 'scripts/postbuild', 'scripts/browser-target.mjs'];
/** The sub-path build of the fixture course (tests/e2e/progress, sub-path links, search and workshop under a base). */
export const FIXTURE = { outDir: 'dist-fixture', base: '/course/' };

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/** A hash of every build input, plus the settings that change the output. */
export function sourceHash(env = {}, inputs = INPUTS) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(env));
  const contentDir = env.VF_CONTENT_DIR;
  const all = contentDir ? [...inputs.filter((i) => i !== 'content'), contentDir] : inputs;
  for (const file of all.flatMap((i) => files(isAbsolute(i) ? i : join(root, i)))) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** Vite/vitest export BASE_URL, MODE… into the environment; a child build must not inherit them. */
function childEnv(outDir, env) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(key)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', VF_OUT_DIR: outDir, ...env };
}

const stampOf = (outDir) => join(isAbsolute(outDir) ? outDir : join(root, outDir), '.vf-build-stamp');
const upToDate = (outDir, hash) => existsSync(stampOf(outDir)) && readFileSync(stampOf(outDir), 'utf8') === hash
  && existsSync(join(isAbsolute(outDir) ? outDir : join(root, outDir), 'pagefind'));
const command = (outDir) => `node node_modules/astro/astro.js build && node node_modules/pagefind/lib/runner/bin.cjs --site ${JSON.stringify(outDir)} --silent && node ${JSON.stringify(join(root, 'scripts/postbuild.mjs'))} ${JSON.stringify(outDir)}`;

/** Build into outDir with extra env (e.g. BASE) when its stamp does not match the sources. Returns true if it built. */
export function buildIfStale({ outDir = 'dist', env = {} } = {}) {
  const hash = sourceHash({ outDir, ...env });
  if (upToDate(outDir, hash)) {
    console.log(`[build] ${outDir}/ is up to date`);
    return false;
  }
  console.log(`[build] building ${outDir}/ ${Object.keys(env).length ? JSON.stringify(env) : ''}`);
  execSync(command(outDir), { cwd: root, stdio: 'inherit', env: childEnv(outDir, env) });
  writeFileSync(stampOf(outDir), hash);
  return true;
}

function runAsync(cmd, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, { ...options, shell: true, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(Object.assign(new Error(`${cmd} failed (${code})`), { status: code ?? 1 }))));
  });
}

/** buildIfStale as a child process: resolves to true if it built. */
export async function buildIfStaleAsync({ outDir = 'dist', env = {} } = {}) {
  const hash = sourceHash({ outDir, ...env });
  if (upToDate(outDir, hash)) {
    console.log(`[build] ${outDir}/ is up to date`);
    return false;
  }
  console.log(`[build] building ${outDir}/ ${Object.keys(env).length ? JSON.stringify(env) : ''}`);
  await runAsync(command(outDir), { cwd: root, env: childEnv(outDir, env) });
  writeFileSync(stampOf(outDir), hash);
  return true;
}

/**
 * A copy of the project at `copy` for a build of other content: its own src/, config and .astro/ state, node_modules
 * linked, and a cache folder of its own (Astro's default, node_modules/.astro, would be shared through the link).
 * Builds of different content in one project folder share <root>/.astro/ and fail or mix their content.
 */
export function projectCopy(copy) {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts/browser-target.mjs']) cpSync(join(root, item), join(copy, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const config = join(copy, 'astro.config.mjs');
  const text = readFileSync(config, 'utf8');
  if (!text.includes('defineConfig({')) throw new Error('astro.config.mjs: expected defineConfig({ … })');
  writeFileSync(config, text.replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"));
  return copy;
}

/** Build the fixture course (scripts/fixture-course.mjs) into dist-fixture/ under BASE=/course/, in its own project copy. */
export async function buildFixtureIfStale() {
  const outDir = join(root, FIXTURE.outDir);
  const env = { BASE: FIXTURE.base };
  const hash = sourceHash({ outDir: FIXTURE.outDir, ...env }, [...INPUTS.filter((i) => i !== 'content'), ...FIXTURE_SOURCES]);
  if (upToDate(outDir, hash)) {
    console.log(`[build] ${FIXTURE.outDir}/ is up to date`);
    return false;
  }
  console.log(`[build] building ${FIXTURE.outDir}/ from the fixture course ${JSON.stringify(env)}`);
  const copy = projectCopy(join(tmpdir(), `vf-fixture-build-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`));
  assembleFixtureCourse(join(copy, 'content'));
  await runAsync(command(outDir), { cwd: copy, env: childEnv(outDir, env) });
  writeFileSync(stampOf(outDir), hash);
  return true;
}
