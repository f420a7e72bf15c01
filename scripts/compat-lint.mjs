// The browser-baseline lint of src/ (eslint.config.js: eslint-plugin-compat, es-x, no-restricted-syntax), and of a file
// planted with what it must catch, shared by
// `npm test` and tests/content/compat.test.ts. It is type-aware, so it costs a TypeScript program (about 12 s):
// `npm test` runs it beside the builds, where a core is free, and saves the result under node_modules/.cache with a
// hash of what it read; the test takes that result only when the hash still matches, and lints itself otherwise.
//   node scripts/compat-lint.mjs     lint src/ and save the result (exit 0: the test judges the problems)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from './build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** What the lint's result depends on: the code, the config, the plugins' versions and the browserslist. */
const INPUTS = ['src', 'tests/fixtures/compat', 'eslint.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Code planted with what the lint must catch (its rules applied to it as to src/). */
const PLANTED = 'tests/fixtures/compat/planted.ts';
export const RESULT_FILE = join(root, 'node_modules/.cache/verify-first/compat-lint.json');

/**
 * "file:line rule: message" for every problem ESLint reports.
 * @param {import('eslint').ESLint.LintResult[]} results
 * @returns {string[]}
 */
export const problems = (results) => results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)}:${m.line} ${m.ruleId ?? 'parse'}: ${m.message}`));

/**
 * Lint src/ now, and the planted file under the same rules: the number of files linted, and every problem as
 * "file:line rule: message" for each. (One process: the two share the TypeScript program the type-aware rules need.)
 * @returns {Promise<{ files: number, problems: string[], planted: string[] }>}
 */
export async function lintBrowserCode() {
  const { ESLint } = await import('eslint');
  const { browserCode } = await import('../eslint.config.js');
  const results = await new ESLint({ cwd: root }).lintFiles(['src']);
  const planted = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [browserCode([PLANTED])] }).lintFiles([join(root, PLANTED)]);
  return { files: results.length, problems: problems(results), planted: problems(planted) };
}

/**
 * The saved result of `npm test`'s lint if it was made from the current inputs, else a fresh lint.
 * @returns {Promise<{ files: number, problems: string[], planted: string[], saved: boolean }>}
 */
export async function browserCodeLint() {
  const hash = sourceHash({ lint: 'compat' }, INPUTS);
  if (existsSync(RESULT_FILE)) {
    const saved = JSON.parse(readFileSync(RESULT_FILE, 'utf8'));
    if (saved.hash === hash) return { ...saved.result, saved: true };
  }
  return { ...(await lintBrowserCode()), saved: false };
}

/** Lint and save the result with the hash of its inputs (taken before linting, so an edit during it is not missed). */
export async function saveBrowserCodeLint() {
  const hash = sourceHash({ lint: 'compat' }, INPUTS);
  const result = await lintBrowserCode();
  mkdirSync(dirname(RESULT_FILE), { recursive: true });
  writeFileSync(RESULT_FILE, `${JSON.stringify({ hash, result })}\n`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await saveBrowserCodeLint();
  console.log(`[compat lint] ${result.files} files, ${result.problems.length} problems (the compat test reports them)`);
}
