// One browser pass over every page of dist/ (a share of them per file, pages-N.test.ts, so workers share the work):
//  1. open at 390×844 with Large text on, wait for `load` and the page's ready markers, and record the gzip bytes of
//     every response (JS, CSS and total budgets per page type, DESIGN.md);
//  2. at 320 px with Large text: no horizontal scrolling;
//  3. at 1024 px with normal text: no axe WCAG 2.2 AA violation. Every rule runs on the whole page, but the two
//     colour-contrast rules (most of axe's time) on one element of each text style the worker has not checked yet
//     (axeViolations in helpers.ts says what a text style is). So each style is contrast-checked where it first
//     appears;
//  4. on one page of each template and language (the skip link is the layout's, not the page's): the first Tab
//     reaches a visible, outlined skip link, and Enter moves focus to <main>;
//  5. status 200, no console or page error (CSP violations included), no request to another origin.
// What can be read from the built files (links, metadata, HTML size) is in tests/content/site-static.test.ts.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, KB, kindOf } from '../support/budgets';
import { onePerTemplate } from '../support/paths';
import { axeViolations, checkedTextStyles, closeBrowser, htmlPages, openPage, serve, trackNetwork, uncheckedTextStyles, waitReady, type Site, type Watched } from './helpers';

const OVERFLOW = `(() => {
  const doc = document.documentElement;
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && getComputedStyle(el).position !== 'fixed')
    .filter((el) => !el.closest('.visually-hidden, [hidden]'))
    .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''));
  return { scroll: doc.scrollWidth, client: doc.clientWidth, wide };
})()`;

const FOCUSED = `(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return { href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: el.getBoundingClientRect().top >= 0 };
})()`;

/** Resolves after the page has rendered a frame (two animation frames: style and layout at the current size). */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Gzip bytes per resource type of every response the page gets; reset() starts a new count (before each goto). A
 * URL's gzip size is measured once: in one build a URL always serves the same file (assets have hashed names), and
 * most pages fetch the same shared chunks.
 */
function byteCounter(page: Page) {
  let sizes = { js: 0, html: 0, css: 0, other: 0 };
  let pending: Promise<void>[] = [];
  const gzipped = new Map<string, Promise<number>>();
  const gzipBytes = (response: Response) => {
    const url = response.url();
    // A body that cannot be read (a redirect) counts 0 this time and is tried again next time.
    if (!gzipped.has(url)) gzipped.set(url, response.body().then((body) => gzipSync(body).length, () => { gzipped.delete(url); return 0; }));
    return gzipped.get(url)!;
  };
  page.on('response', (response: Response) => {
    const into = sizes;
    pending.push((async () => {
      const bytes = await gzipBytes(response);
      const type = response.request().resourceType();
      if (type === 'script') into.js += bytes;
      else if (type === 'document') into.html += bytes;
      else if (type === 'stylesheet') into.css += bytes;
      else into.other += bytes;
    })());
  });
  return {
    reset() { sizes = { js: 0, html: 0, css: 0, other: 0 }; pending = []; },
    async read() {
      await Promise.all(pending);
      return { ...sizes, total: sizes.js + sizes.html + sizes.css + sizes.other };
    },
  };
}

/** Define the tests for one share of the pages: those at positions `shard`, `shard + shards`, … */
export function pagePass(shard: number, shards: number): void {
  const all = htmlPages();
  const pages = all.filter((_, i) => i % shards === shard);
  /** Where the skip link is tried: a page of each template in each language (whichever share it falls in). */
  const skipLinkPages = new Set(onePerTemplate(all.filter((path) => path.startsWith('en/') || path.startsWith('zh-cn/'))));
  let site: Site;
  // One page for the whole share, as a learner browsing from page to page, with the HTTP cache off so every page's
  // bytes are counted as a first visit would fetch them. (A fresh context per page cost more than the checks.)
  let watched: Watched;
  let network: ReturnType<typeof trackNetwork>;
  let bytes: ReturnType<typeof byteCounter>;
  beforeAll(async () => {
    site = await serve();
    watched = await openPage({ width: 390, height: 844, largeText: true, axe: true });
    const cdp = await watched.context.newCDPSession(watched.page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    network = trackNetwork(watched.page);
    bytes = byteCounter(watched.page);
  });
  afterAll(async () => { await closeBrowser(); await site.close(); });

  describe(`every page, part ${shard + 1} of ${shards}`, () => {
    it('covers its share of the pages, with every budgeted page type among all pages', () => {
      expect(all.length).toBeGreaterThan(20);
      expect(pages.length).toBe(Math.ceil((all.length - shard) / shards));
      for (const kind of Object.keys(BUDGETS)) expect(all.some((p) => kindOf(p) === kind), kind).toBe(true);
      expect(skipLinkPages.size, 'templates whose skip link is tried').toBeGreaterThan(10);
    });

    if (shard === 0) it('the axe check finds a violation planted in a real page (so a clean result means something)', async () => {
      const { page } = watched;
      await page.goto(`${site.base}en/glossary/`);
      await waitReady(page);
      await page.evaluate(() => {
        const button = document.createElement('button'); // a button with no name
        document.querySelector('main')?.append(button);
      });
      expect((await axeViolations(page)).join('\n')).toMatch(/^button-name /m);
    });

    if (shard === 0) it('a text style not checked yet gets the contrast rules, and a planted low contrast is found', async () => {
      const { page } = watched;
      await page.goto(`${site.base}en/glossary/`);
      await waitReady(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(await uncheckedTextStyles(page), 'after one audit, every style on the page is checked').toEqual([]);
      // A constructed style sheet: the CSP refuses inline styles and style attributes (the site uses neither).
      // Colours change with a (reduced-motion: 0.01 ms) transition: the new one shows a frame later.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('main h1 { color: rgb(216, 216, 216) !important }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      await page.waitForFunction(() => getComputedStyle(document.querySelector('main h1')!).color === 'rgb(216, 216, 216)');
      expect(await uncheckedTextStyles(page), 'a new colour is a new style').toHaveLength(1);
      expect((await axeViolations(page)).join('\n')).toMatch(/^color-contrast .*h1/m);
      expect(await uncheckedTextStyles(page), 'a style that fails stays unchecked, so it fails wherever it shows').toHaveLength(1);
    });

    it.each(pages)('%s', async (path) => {
      const { page, errors, requests } = watched;
      errors.length = 0;
      requests.length = 0;
      bytes.reset();
      const kind = kindOf(path);
      await page.setViewportSize({ width: 390, height: 844 });
      const response = await page.goto(`${site.base}${path}`);
      expect(response?.status(), 'status').toBe(200);
      await waitReady(page);
      await network.idle();

      if (kind) {
        const actual = await bytes.read();
        const budget = BUDGETS[kind];
        const over = (['js', 'css', 'total'] as const).filter((key) => actual[key] > budget[key])
          .map((key) => `${kind} ${key}: ${(actual[key] / KB).toFixed(1)} KB > budget ${(budget[key] / KB).toFixed(0)} KB`);
        expect(over, `gzip bytes fetched without interaction ${JSON.stringify(actual)}`).toEqual([]);
      }

      await page.setViewportSize({ width: 320, height: 640 });
      await nextFrame(page); // the page has laid itself out at the new width
      if (!['', '404.html'].includes(path)) expect(await page.evaluate("document.documentElement.classList.contains('large-text')"), 'large text applied').toBe(true);
      const overflow = await page.evaluate(OVERFLOW) as { scroll: number; client: number; wide: string[] };
      expect(overflow.scroll, `320 px, large text: wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.client);

      await page.evaluate("document.documentElement.classList.remove('large-text')");
      await page.setViewportSize({ width: 1024, height: 800 });
      await nextFrame(page);
      expect(await axeViolations(page), 'axe WCAG 2.2 AA').toEqual([]);

      if (skipLinkPages.has(path)) {
        await page.keyboard.press('Tab');
        // The skip link slides into view when focused: wait for that, then check it.
        // A function, not a string: polling a string needs eval, which the site's CSP rightly refuses.
        await page.waitForFunction(() => document.activeElement?.getAttribute('href') !== '#main' || (document.activeElement?.getBoundingClientRect().top ?? 0) >= 0);
        const first = await page.evaluate(FOCUSED) as { href: string; outline: string; width: number; visible: boolean };
        expect(first.href, 'the first Tab reaches the skip link').toBe('#main');
        expect(first.visible, 'skip link visible').toBe(true);
        expect(first.outline !== 'none' && first.width >= 2, 'skip link focus outline').toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate('document.activeElement.id'), 'skip link moves focus to main').toBe('main');
      }

      const foreign = requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('data:'));
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console and page errors').toEqual([]);
    });

    it('contrast-checked the text styles the pages show', () => {
      expect(checkedTextStyles(), 'text styles checked').toBeGreaterThan(10);
    });
  });
}
