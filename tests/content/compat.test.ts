// The browser baseline (package.json "browserslist": iOS 14, Chrome 80) is enforced, not hoped for:
// the compat lint over src/, es-check at ES2020 and the lookbehind/built-in check over the built JS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedCode } from '../../eslint.config.js';
import { browserCodeLint, problems } from '../../scripts/compat-lint.mjs';
import { htmlPages, root } from '../support/paths';

const ES_LEVEL = 'es2020';
const fixtures = join(root, 'tests/fixtures/compat');
const esCheckBin = join(root, 'node_modules/es-check/lib/cli/index.js');

/** Runs es-check on files (absolute paths); returns its exit status and output. */
function esCheck(files: string[], module = true): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [esCheckBin, ES_LEVEL, ...files, ...(module ? ['--module'] : []), '--noColor', '--noCache'], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const shipped = () => [
  ...readdirSync(join(root, 'dist/_astro')).filter((f) => f.endsWith('.js')).map((f) => join(root, 'dist/_astro', f)),
  // Pagefind's own scripts load on the search page (its unused UI bundles are not referenced by any page).
  ...['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js'].map((f) => join(root, 'dist/pagefind', f)),
];

describe('compat lint over src/ (eslint-plugin-compat, es-x)', () => {
  // `npm test` lints src/ beside the builds (scripts/compat-lint.mjs); its result counts only while src/, the config
  // and the dependencies are what it linted (a hash of them), else this lints now.
  it('finds nothing above the baseline in code that reaches a browser', async () => {
    const { files, problems: found } = await browserCodeLint();
    expect(files, 'files linted').toBeGreaterThan(40);
    expect(found).toEqual([]);
  }, 300_000);

  it('fails on a planted lookbehind, Object.hasOwn, Array#at, replaceChildren and Blob#text', async () => {
    const found = (await browserCodeLint()).planted;
    const on = (line: number, rule: string) => found.some((p) => p.startsWith(`tests/fixtures/compat/planted.ts:${line} ${rule}:`));
    expect(on(2, 'es-x/no-regexp-lookbehind-assertions'), found.join('\n')).toBe(true);
    expect(on(2, 'compat/compat')).toBe(true);
    expect(on(3, 'compat/compat')).toBe(true);
    expect(on(3, 'es-x/no-object-hasown')).toBe(true);
    expect(on(4, 'es-x/no-array-prototype-at')).toBe(true);
    expect(on(5, 'no-restricted-syntax')).toBe(true);
    expect(on(6, 'no-restricted-syntax')).toBe(true);
  });
});

describe('built JavaScript (dist/)', () => {
  let files: string[] = [];
  beforeAll(() => {
    files = shipped();
  });

  it(`parses at ${ES_LEVEL} (es-check over dist/_astro and pagefind)`, () => {
    expect(files.length).toBeGreaterThan(10);
    const { status, output } = esCheck(files);
    expect(status, output).toBe(0);
  });

  it(`keeps every inline script at ${ES_LEVEL}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'vf-inline-'));
    const sources = new Set<string>();
    for (const page of htmlPages()) {
      const html = readFileSync(join(root, 'dist', page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="(?:application\/(?:ld\+)?json|module)")[^>]*>([\s\S]*?)<\/script>/g)) sources.add(m[1]!);
    }
    const inline = [...sources].map((source, i) => {
      const file = join(dir, `inline-${i}.js`);
      writeFileSync(file, source);
      return file;
    });
    expect(inline.length).toBeGreaterThan(0);
    const { status, output } = esCheck(inline, false);
    expect(status, output).toBe(0);
  });

  it('has no RegExp lookbehind and no built-in above ES2020', async () => {
    const eslint = new ESLint({
      cwd: root, overrideConfigFile: true, ignore: false,
      // Pagefind uses FinalizationRegistry only behind `typeof FinalizationRegistry !== "undefined"`.
      overrideConfig: [shippedCode(['**/*.js']), { files: ['dist/pagefind/*.js'], rules: { 'es-x/no-weakrefs': 'off' } }],
    });
    expect(problems(await eslint.lintFiles(files))).toEqual([]);
  });

  it('the checks fail on a planted chunk: lookbehind, Object.hasOwn, ES2021 syntax', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [shippedCode(['**/*.js'])], ignore: false });
    const found = problems(await eslint.lintFiles([join(fixtures, 'planted-chunk.js')]));
    expect(found.some((p) => p.includes(':2 es-x/no-regexp-lookbehind-assertions')), found.join('\n')).toBe(true);
    expect(found.some((p) => p.includes(':3 es-x/no-object-hasown'))).toBe(true);
    const { status, output } = esCheck([join(fixtures, 'es2021-chunk.js')]);
    expect(status, output).not.toBe(0);
  });
});
