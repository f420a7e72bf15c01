// Browser-baseline lint (run by tests/content/compat.test.ts): code that ships must work on package.json's "browserslist".
/*
 * - compat/compat: web APIs (fetch, navigator.share, …) against the browserslist, from MDN data.
 * - es-x: ECMAScript built-ins newer than ES2020 (the baseline's level: iOS 14, Chrome 80) and RegExp
 *   lookbehind (ES2018, but Safari only has it from 16.4; an old Safari cannot even parse the chunk).
 *   Syntax newer than ES2020 is fine in src/ (the build lowers it to vite.build.target); es-check
 *   checks the built syntax.
 * - no-restricted-syntax: instance methods the two plugins cannot see without types.
 * Build-time code (integrations, content checks, schemas, pages, markdown plugins) never reaches a browser.
 */
import compat from 'eslint-plugin-compat';
import esx from 'eslint-plugin-es-x';
import tsParser from '@typescript-eslint/parser';

/** ES2021+ rules about syntax: the build target lowers these, so source may use them. */
const loweredSyntax = [
  'no-class-instance-fields', 'no-class-private-fields', 'no-class-private-methods', 'no-class-static-block',
  'no-class-static-fields', 'no-logical-assignment-operators', 'no-numeric-separators', 'no-private-in',
  'no-top-level-await', 'no-hashbang', 'no-arbitrary-module-namespace-names', 'no-trailing-dynamic-import-commas',
  'no-import-attributes', 'no-json-modules', 'no-dynamic-import-options',
];

/**
 * The es-x rules of the baseline; with `syntax`, also the ones about syntax the build would lower.
 * @returns {import('eslint').Linter.RulesRecord}
 */
export function baselineRules({ syntax = false } = {}) {
  /** @type {import('eslint').Linter.RulesRecord} */
  const rules = { ...esx.configs['flat/restrict-to-es2020'].rules, 'es-x/no-regexp-lookbehind-assertions': 'error' };
  if (!syntax) for (const name of loweredSyntax) rules[`es-x/${name}`] = 'off';
  // Iterator helpers share names with Array methods (map, filter, some…): in aggressive mode every
  // array call would match. Nothing here makes iterators to call them on.
  for (const name of Object.keys(rules)) if (name.startsWith('es-x/no-iterator-prototype-')) rules[name] = 'off';
  return rules;
}

const instanceMethods = [
  ['replaceChildren', 'Element#replaceChildren needs Chrome 86; use setChildren() from src/lib/compat.ts.'],
  ['text', 'Blob#text needs iOS 14.5; use readText() from src/lib/compat.ts.'],
  ['toWellFormed', 'String#toWellFormed needs iOS 16.4 / Chrome 111.'],
].map(([name, message]) => ({ selector: `CallExpression[callee.property.name='${name}']`, message }));
/** @type {import('eslint').Linter.RuleEntry} */
const restricted = ['error', ...instanceMethods, { selector: "CallExpression[callee.name='structuredClone']", message: 'structuredClone needs iOS 15.4 / Chrome 98.' }];

/** The bundled <script> blocks of .astro files (not is:inline ones, which inline.ts and the CSP hashes cover) as TS blocks. */
const astroScripts = {
  meta: { name: 'astro-scripts' },
  preprocess(text) {
    const blocks = [];
    for (const match of text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)) {
      const before = text.slice(0, match.index + match[0].indexOf('>') + 1);
      // Keep line numbers: pad with the newlines before the block.
      blocks.push({ text: '\n'.repeat(before.split('\n').length - 1) + match[1], filename: `${blocks.length}.ts` });
    }
    return blocks;
  },
  postprocess: (messages) => messages.flat(),
};

/**
 * The rules for TypeScript that reaches a browser, on `files` (type-aware, so es-x sees string and array methods).
 * @param {string[]} files
 * @param {string[]} [ignores]
 * @returns {import('eslint').Linter.Config}
 */
export function browserCode(files, ignores = []) {
  return {
    files,
    ignores,
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true }, projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { compat, 'es-x': esx },
    rules: { 'compat/compat': 'error', ...baselineRules(), 'no-restricted-syntax': restricted },
  };
}

/**
 * The rules for built JavaScript (dist/): built-ins above ES2020 and RegExp lookbehind; es-check covers syntax too.
 * @param {string[]} files
 * @returns {import('eslint').Linter.Config}
 */
export function shippedCode(files) {
  return {
    files,
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'es-x': esx },
    rules: baselineRules({ syntax: true }),
  };
}

export default [
  browserCode(['src/**/*.ts', 'src/**/*.tsx'], [
    'src/integrations/**', 'src/content-check/**', 'src/markdown/**', 'src/schemas/**', 'src/pages/**',
    'src/content.config.ts', 'src/scripts/inline.ts', 'src/**/*.astro/**',
  ]),
  { files: ['src/**/*.astro'], processor: astroScripts },
  {
    files: ['src/**/*.astro/*.ts'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { compat, 'es-x': esx },
    rules: { 'compat/compat': 'error', ...baselineRules(), 'no-restricted-syntax': restricted },
  },
];
