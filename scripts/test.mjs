// `npm test`: type-check, build dist/ (and a sub-path build) when stale, then unit, content and browser tests.
import { execSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

const run = (command, env = {}) => execSync(command, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });

try {
  console.log('[test] type-check (astro check)');
  run('npx astro check');
  buildIfStale({ outDir: 'dist' });
  buildIfStale({ outDir: 'dist-base', env: { BASE: '/course/' } });
  run(`npx vitest run ${process.argv.slice(2).join(' ')}`);
} catch (error) {
  process.exitCode = typeof error.status === 'number' ? error.status : 1;
}
