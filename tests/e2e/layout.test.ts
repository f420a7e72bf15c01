// Layout robustness on every page: 320 px wide with large text never scrolls sideways; a skip link
// comes first and lands on main; keyboard focus is visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, htmlPages, openPage, serve, type Site } from './helpers';

let site: Site;
const pages = htmlPages();
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

describe('320 px wide, large text', () => {
  it.each(pages)('%s does not scroll horizontally', async (path) => {
    const { page, context, errors } = await openPage({ width: 320, height: 640 });
    await context.addInitScript({ content: "try { localStorage.setItem('vf:large-text', '1') } catch {}" });
    await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
    const large = await page.evaluate("document.documentElement.classList.contains('large-text')");
    if (!['', '404.html'].includes(path)) expect(large, 'large text applied').toBe(true);
    const overflow = await page.evaluate(`(() => {
      const doc = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && getComputedStyle(el).position !== 'fixed')
        .filter((el) => !el.closest('.visually-hidden, [hidden]'))
        .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''));
      return { scroll: doc.scrollWidth, client: doc.clientWidth, wide };
    })()`) as { scroll: number; client: number; wide: string[] };
    expect(overflow.scroll, `wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.client);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it.each(pages.filter((p) => p.startsWith('en/') || p.startsWith('zh-cn/')))('%s: skip link first, focus visible', async (path) => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}${path}`);
    await page.keyboard.press('Tab');
    // The skip link slides into view when focused; give style and layout a frame to settle.
    await page.waitForFunction("document.activeElement?.getAttribute('href') !== '#main' || document.activeElement.getBoundingClientRect().top >= 0", null, { timeout: 2000 }).catch(() => {});
    const first = await page.evaluate(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: el.getBoundingClientRect().top >= 0 };
    })()`) as { href: string; outline: string; width: number; visible: boolean };
    expect(first.href).toBe('#main');
    expect(first.visible).toBe(true);
    expect(first.outline !== 'none' && first.width >= 2, 'focus outline').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');
    await context.close();
  });
});
