// Byte budgets (gzip) per page type, from DESIGN.md. The HTML budget is checked on the built files
// (tests/content/site-static.test.ts); JS, CSS and the total on what a browser fetches (tests/e2e/page-pass.ts).
export const KB = 1024;
export const BUDGETS = {
  lesson: { js: 8 * KB, html: 15 * KB, css: 10 * KB, total: 30 * KB },
  scenario: { js: 20 * KB, html: 15 * KB, css: 12 * KB, total: 40 * KB },
  quiz: { js: 15 * KB, html: 15 * KB, css: 10 * KB, total: 35 * KB },
} as const;
export type PageKind = keyof typeof BUDGETS;

/** The budgeted page type of a page path from htmlPages(), or null. */
export function kindOf(path: string): PageKind | null {
  if (/^(en|zh-cn)\/modules\/[^/]+\/[^/]+\/$/.test(path)) return 'lesson';
  if (/^(en|zh-cn)\/scenarios\/[^/]+\/$/.test(path)) return 'scenario';
  if (/^(en|zh-cn)\/quizzes\/[^/]+\/$/.test(path)) return 'quiz';
  return null;
}
