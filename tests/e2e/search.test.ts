// Search in both languages: results only in the page's language, filters, keyboard use, lazy loading of pagefind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { axeViolations, closeBrowser, openPage, serve, trackNetwork, waitReady, type Site, type Watched } from './helpers';

let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await searcher?.context.close(); await closeBrowser(); await site.close(); });

/** One page for the searches that only read results (as a learner searching again and again); its errors per search. */
let searcher: Watched | null = null;
async function searchFor(locale: string, query: string, extra = '') {
  searcher ??= await openPage();
  const watched = searcher;
  watched.errors.length = 0;
  await watched.page.goto(`${site.base}${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  await watched.page.locator('[data-vf-search-status]').filter({ hasText: /\d|没有|No results/ }).waitFor();
  const hrefs = await watched.page.locator('a.result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return { page: watched.page, errors: watched.errors, hrefs };
}

describe('search', () => {
  it.each([
    ['zh-cn', '转账'],
    ['zh-cn', '核实身份'],
    ['zh-cn', '小程序'],
    ['en', 'transfer'],
    ['en', 'transferring'],
  ])('%s: "%s" finds lessons in that language only', async (locale, query) => {
    const { hrefs, errors } = await searchFor(locale, query);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.some((h) => h.startsWith(`/${locale}/modules/`))).toBe(true);
    expect(hrefs.every((h) => h.startsWith(`/${locale}/`))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds a glossary term and links to its entry', async () => {
    const { page } = await searchFor('zh-cn', '延时到账', '&kind=glossary');
    const links = await page.locator('.results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(links.some((l) => l.startsWith('/zh-cn/glossary/'))).toBe(true);
  });

  it('narrows results with a filter, and keeps it in the URL', async () => {
    const all = await searchFor('en', 'money');
    const glossaryOnly = await searchFor('en', 'money', '&kind=glossary');
    expect(glossaryOnly.hrefs.length).toBeGreaterThan(0);
    expect(glossaryOnly.hrefs.length).toBeLessThan(all.hrefs.length);
    expect(glossaryOnly.hrefs.every((h) => h.startsWith('/en/glossary/'))).toBe(true);
    const module = await searchFor('en', 'money', '&module=mini-program-scams');
    expect(module.hrefs.length).toBeGreaterThan(0);
    expect(module.hrefs.every((h) => !h.includes('/friend-impersonation/'))).toBe(true);
  });

  it('works with the keyboard alone: type, submit, arrow to a result, open it', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}en/`);
    await page.locator('#site-search').focus();
    await page.keyboard.type('delayed arrival');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=delayed/);
    await page.locator('a.result-title').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search the course' }).focus();
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate('document.activeElement.pathname') as string;
    expect(target).toMatch(/^\/en\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    await context.close();
  });

  it('shows a helpful empty state and has no axe violations with results or without', async () => {
    const none = await searchFor('en', 'zzqxv');
    await expect(none.page.locator('[data-vf-search-empty]').isVisible()).resolves.toBe(true);
    expect(await axeViolations(none.page)).toEqual([]);
    const some = await searchFor('zh-cn', '转账');
    expect(await axeViolations(some.page)).toEqual([]);
  });

  it('renders hostile queries as text', async () => {
    const { page, errors } = await searchFor('en', '<img src=x onerror=alert(1)>');
    let dialog = false;
    page.on('dialog', () => { dialog = true; });
    await expect(page.locator('[data-vf-search-results] img').count()).resolves.toBe(0);
    expect(dialog).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('pagefind loads only when someone searches', () => {
  it.each(['en/', 'zh-cn/modules/friend-impersonation/how-it-works/', 'en/search/'])('%s requests no pagefind file', async (path) => {
    const { page, requests, context } = await openPage();
    const network = trackNetwork(page);
    await page.clock.install();
    await page.goto(`${site.base}${path}`);
    await waitReady(page);
    await page.clock.runFor(10_000); // every timer and idle callback of the next 10 s, without waiting for them
    await network.idle();
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });
});

describe('search under a sub-path base', () => {
  it('links results below the base path', async () => {
    const sub = await serve(FIXTURE); // the fixture course under BASE=/course/
    const { page, context } = await openPage();
    await page.goto(`${sub.base}en/search/?q=calling`);
    await page.locator('a.result-title').first().waitFor();
    const hrefs = await page.locator('a.result-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.every((h) => h.startsWith('/course/en/'))).toBe(true);
    const response = await page.goto(`${sub.origin}${hrefs[0]}`);
    expect(response?.status()).toBe(200);
    await context.close();
    await sub.close();
  });
});
