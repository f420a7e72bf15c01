// Facilitator guides, the instructors' hub and the handout in a real browser: every module has a guide in both
// languages, printing shows no site chrome, the handout fits one A4 and one Letter page, branch maps are accessible.
// axe on the hub, each guide and the handout as they load is the page pass's (tests/e2e/page-pass.ts: every page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, serve, type Site } from './helpers';
import { courseModules } from '../support/course';
import { pdfPages } from './pdf';

const locales = ['en', 'zh-cn'] as const;
const modules = courseModules();
let site: Site;

beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

describe.each(locales)('instructors in %s', (locale) => {
  it('the hub links a guide for every module, the workshop tools and the handout', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}${locale}/instructors/`);
    for (const mod of modules) {
      await expect(page.locator(`main a[href$="/${locale}/instructors/${mod.id}/"]`).count(), mod.id).resolves.toBe(1);
    }
    for (const path of ['workshop/', 'instructors/debrief/', 'instructors/handout/']) {
      await expect(page.locator(`main a[href$="/${locale}/${path}"]`).count(), path).resolves.toBeGreaterThan(0);
    }
    // The hub's sections (45/90-minute workshops … disclosures) are listed and reachable.
    for (const id of ['workshop-45', 'workshop-90', 'choosing-modules', 'room', 'accessibility', 'disclosure']) {
      await expect(page.locator(`.toc a[href="#${id}"]`).count(), id).resolves.toBe(1);
      await expect(page.locator(`h2#${id}`).count(), id).resolves.toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(modules.map((m) => m.id))('has a guide for %s with objectives, timing, scenarios, answer key', async (id) => {
    const { page, context, errors } = await openPage();
    const response = await page.goto(`${site.base}${locale}/instructors/${id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale === 'en' ? 'en' : 'zh-CN');
    for (const section of ['objectives', 'timing', 'materials', 'discussion', 'misconceptions', 'answer-key', 'disclosure']) {
      await expect(page.locator(`h2#${section}`).count(), section).resolves.toBe(1);
    }
    // The objectives come from the module file, not from copy-pasted text.
    await expect(page.locator('.objectives li').count()).resolves.toBeGreaterThan(0);
    const mod = modules.find((m) => m.id === id)!;
    for (const quiz of mod.quizzes) {
      await expect(page.locator('.quiz-key .question').count(), quiz).resolves.toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a guide', () => {
  const withScenario = modules.find((m) => m.scenarios.length > 0);

  it('prints without navigation, header, footer, breadcrumbs or buttons', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}en/instructors/${modules[0]!.id}/`);
    await expect(page.locator('[data-vf-print]').first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav.breadcrumbs', '.skip-link', '[data-vf-print]', '.scenario-details .btn']) {
      const all = await page.locator(selector).all();
      for (const element of all) await expect(element.isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('nav:visible').count()).resolves.toBe(0);
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('h2#answer-key').isVisible()).resolves.toBe(true);
    // Nothing sticks out of the printed page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('works without JavaScript (and then hides the print button)', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site.base}zh-cn/instructors/${modules[0]!.id}/`);
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-vf-print]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it.runIf(withScenario)('draws each scenario\'s branch map as a labelled SVG with the same steps as a list', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}en/instructors/${withScenario!.id}/`);
    const maps = page.locator('figure.branch-map');
    await expect(maps.count()).resolves.toBeGreaterThan(0);
    for (const map of await maps.all()) {
      const svg = map.locator('svg[role="img"]');
      const name = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent ?? '');
      expect(name).toMatch(/^Branch map: .+\d+ points/);
      const boxes = await svg.locator('g.node').count();
      expect(boxes).toBeGreaterThan(2);
      await expect(map.locator('ol.map-text > li').count()).resolves.toBe(boxes);
      // Every ending box in the drawing is an ending in the list.
      await expect(map.locator('ol.map-text > li', { hasText: 'The run ends here.' }).count()).resolves.toBe(await svg.locator('g.node-ending').count());
      // Links in the list jump to steps that exist.
      const links = await map.locator('ol.map-text a[href^="#"]').evaluateAll((as) => as.map((a) => {
        const href = a.getAttribute('href')!;
        return { href, targets: document.querySelectorAll(href).length };
      }));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((l) => l.targets !== 1), 'list links whose step is missing or not unique').toEqual([]);
      // The scroll container can be reached by keyboard.
      await expect(map.locator('.map-scroll').getAttribute('tabindex')).resolves.toBe('0');
    }
    // Printed, each band of a drawing fits its landscape page (A4 or Letter after 10 mm margins: 190 mm at most);
    // tests/e2e/paper.test.ts checks the labels' printed size.
    await page.emulateMedia({ media: 'print' });
    for (const svg of await page.locator('figure.branch-map svg.map-band-svg').all()) {
      expect((await svg.boundingBox())!.height).toBeLessThanOrEqual((190 / 25.4) * 96 - 20);
    }
    await page.emulateMedia({ media: 'screen' });
    // Presenter-mode links carry ?present (once the scenario player is part of the build).
    const presenter = page.locator('.scenario-details a.btn');
    if (await presenter.count()) expect(await presenter.first().getAttribute('href')).toMatch(/\/en\/scenarios\/[a-z0-9-]+\/\?present$/);
    await context.close();
  });
});

describe.each(locales)('handout in %s', (locale) => {
  it('prints on exactly one A4 page and one Letter page, without site chrome', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}${locale}/instructors/handout/`);
    await expect(page.locator('.handout .box').count()).resolves.toBe(4);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav.breadcrumbs').isVisible()).resolves.toBe(false);
    for (const format of ['A4', 'Letter'] as const) {
      expect(pdfPages(await page.pdf({ format, printBackground: true })), format).toBe(1);
    }
    // Large text is a screen setting; it must not push the handout onto a second page.
    await page.evaluate(() => document.documentElement.classList.add('large-text'));
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });
});
