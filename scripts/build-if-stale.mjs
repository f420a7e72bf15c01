// Builds the site (astro build + pagefind) into an output folder unless it is already built from the same sources.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/postbuild.mjs', 'scripts/postbuild'];

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/** A hash of every build input, plus the settings that change the output. */
export function sourceHash(env = {}) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(env));
  for (const file of INPUTS.flatMap(files)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** Build into outDir with extra env (e.g. BASE) when its stamp does not match the sources. Returns true if it built. */
export function buildIfStale({ outDir = 'dist', env = {} } = {}) {
  const stampFile = join(outDir, '.vf-build-stamp');
  const hash = sourceHash({ outDir, ...env });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync(join(outDir, 'pagefind'))) {
    console.log(`[build] ${outDir}/ is up to date`);
    return false;
  }
  console.log(`[build] building ${outDir}/ ${Object.keys(env).length ? JSON.stringify(env) : ''}`);
  // Vite/vitest export BASE_URL, MODE… into the environment; a child build must not inherit them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(key)));
  execSync(`npx astro build && npx pagefind --site ${outDir} --silent && node scripts/postbuild.mjs ${outDir}`, {
    stdio: 'inherit',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', VF_OUT_DIR: outDir, ...env },
  });
  writeFileSync(stampFile, hash);
  return true;
}
