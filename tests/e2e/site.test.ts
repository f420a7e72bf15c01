// The site's frame in a real browser: the language picker, home in both languages, switching language, lessons, 404,
// and proof that the CSP detector every browser test relies on (helpers.ts openPage) catches a violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, serve, type Site } from './helpers';
import { courseModules } from '../support/course';

let site: Site;
const [firstModule] = courseModules();
const lessonPath = `modules/${firstModule!.id}/${firstModule!.lessons[0]}/`;

beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

describe('language picker at /', () => {
  it('offers both languages as plain links without JavaScript', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(site.base);
    await expect(page.getByRole('link', { name: '简体中文' }).getAttribute('href')).resolves.toBe('/zh-cn/');
    await expect(page.getByRole('link', { name: 'English' }).getAttribute('href')).resolves.toBe('/en/');
    await context.close();
  });

  it('goes to the browser language, then to the remembered one', async () => {
    const { page, context } = await openPage();
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'zh-CN,zh;q=0.9' });
    await context.addInitScript({ content: "Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'zh'] });" });
    await page.goto(site.base);
    await page.waitForURL(`${site.base}zh-cn/`);
    // Reading an English page makes English the remembered choice.
    await page.goto(`${site.base}en/`);
    await page.goto(site.base);
    await page.waitForURL(`${site.base}en/`);
    await context.close();
  });
});

describe.each(['en', 'zh-cn'] as const)('home in %s', (locale) => {
  it('has the right language, title, modules and landmarks', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}${locale}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale === 'en' ? 'en' : 'zh-CN');
    await expect(page.title()).resolves.toContain(locale === 'en' ? 'Verify First' : '先核实');
    const cards = page.locator('[data-vf-module]');
    await expect(cards.count()).resolves.toBe(courseModules().length);
    for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role).count()).resolves.toBe(1);
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale === 'en' ? 'zh-CN' : 'en'}"]`).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('language switch', () => {
  it('leads to the same lesson in the other language and back', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}en/${lessonPath}`);
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await page.waitForURL(`${site.base}zh-cn/${lessonPath}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(`${site.base}en/${lessonPath}`);
    await context.close();
  });
});

describe.each(['en', 'zh-cn'] as const)('a lesson in %s', (locale) => {
  it('renders its MDX components, breadcrumbs and next link', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}${locale}/${lessonPath}`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('aside.callout').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.sources a[href^="http"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a.term').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('navigation', { name: locale === 'en' ? 'Breadcrumbs' : '当前位置' }).count()).resolves.toBe(1);
    await expect(page.locator('a[rel="next"]').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('large text', () => {
  it('is a toggle that persists across pages, applied before paint', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}en/`);
    const toggle = page.getByRole('button', { name: 'Large text' });
    const before = await page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)') as number;
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.goto(`${site.base}zh-cn/`);
    const after = await page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)') as number;
    expect(after).toBeGreaterThan(before);
    await expect(page.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });
});

describe('not found', () => {
  it('answers 404 with a page in both languages that leads home', async () => {
    const { page, context } = await openPage();
    const response = await page.goto(`${site.base}en/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: '找不到这个页面' }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Go to the course home' }).click();
    await page.waitForURL(`${site.base}en/`);
    await context.close();
  });
});

describe('Content-Security-Policy in the browser', () => {
  it('blocks an inline script the policy does not allow, and the test helper reports it as an error', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}en/`);
    await page.addScriptTag({ content: 'window.__ran = true;' }).catch(() => {});
    await expect.poll(() => errors.filter((e) => e.includes('CSP violation')).length).toBeGreaterThan(0);
    expect(await page.evaluate('window.__ran === true')).toBe(false);
    await context.close();
  });
});
