// Byte budgets (gzip) from DESIGN.md, measured on what a browser really fetches without interaction.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, htmlPages, launch, serve, type Site } from './helpers';

const KB = 1024;
const BUDGETS = {
  lesson: { js: 8 * KB, html: 15 * KB, css: 10 * KB, total: 30 * KB },
  scenario: { js: 20 * KB, html: 15 * KB, css: 12 * KB, total: 40 * KB },
  quiz: { js: 15 * KB, html: 15 * KB, css: 10 * KB, total: 35 * KB },
} as const;
type Kind = keyof typeof BUDGETS;

function kindOf(path: string): Kind | null {
  if (/^(en|zh-cn)\/modules\/[^/]+\/[^/]+\/$/.test(path)) return 'lesson';
  if (/^(en|zh-cn)\/scenarios\/[^/]+\/$/.test(path)) return 'scenario';
  if (/^(en|zh-cn)\/quizzes\/[^/]+\/$/.test(path)) return 'quiz';
  return null;
}

const pages = htmlPages().filter((p) => kindOf(p));
let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

/** Gzip bytes per resource type fetched by loading the page and letting it settle, without touching it. */
async function measure(path: string) {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const sizes = { js: 0, html: 0, css: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const bytes = gzipSync(body).length;
      const type = response.request().resourceType();
      if (type === 'script') sizes.js += bytes;
      else if (type === 'document') sizes.html += bytes;
      else if (type === 'stylesheet') sizes.css += bytes;
      else sizes.other += bytes;
    })());
  });
  await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await Promise.all(pending);
  // Inline <style> and <script> are part of the HTML document's bytes already.
  await context.close();
  return { ...sizes, total: sizes.js + sizes.html + sizes.css + sizes.other };
}

describe('gzip byte budgets per page type', () => {
  it('covers every page type', () => {
    for (const kind of Object.keys(BUDGETS) as Kind[]) expect(pages.some((p) => kindOf(p) === kind), kind).toBe(true);
  });

  it.each(pages)('%s', async (path) => {
    const kind = kindOf(path)!;
    const budget = BUDGETS[kind];
    const actual = await measure(path);
    const over = (['js', 'html', 'css', 'total'] as const)
      .filter((key) => actual[key] > budget[key])
      .map((key) => `${path} (${kind}) ${key}: ${(actual[key] / KB).toFixed(1)} KB > budget ${(budget[key] / KB).toFixed(0)} KB`);
    expect(over, JSON.stringify(actual)).toEqual([]);
  });
});
