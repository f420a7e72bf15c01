// Paper a facilitator uses (issue 16), printed with Chromium's print-to-PDF: each guide's run sheet fits one A4 and
// one Letter page and prints first; its QR opens the guide's 45-minute plan; branch maps print at ≥ 9 pt on landscape
// pages of their own (or as the step list when too wide); the handout is one page of ≥ 14 pt type with the course's QR.
// (axe on each guide with its run sheet and QR drawn, as it loads, is the page pass's: tests/e2e/page-pass.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodePlanCode } from '../../src/engine/plan-code';
import type { PlanItem } from '../../src/engine/plan';
import { closeBrowser, openPage, root, serve, waitReady, type Site, type Watched } from './helpers';
import { decodeQr } from './qr';
import { pdfPageSizes } from './pdf';
import { courseModules } from '../support/course';

const locales = ['en', 'zh-cn'] as const;
const modules = courseModules();
/** 9 pt in CSS px: the smallest label a branch map may print. */
const NINE_PT = 12;
/** 14 pt in CSS px: the handout's smallest printed text. */
const FOURTEEN_PT = 14 * (96 / 72);
let site: Site;
let watched: Watched;
let page: Page;

beforeAll(async () => {
  site = await serve();
  watched = await openPage();
  page = watched.page;
});
afterAll(async () => { await watched.context.close(); await closeBrowser(); await site.close(); });

/** Open a page on screen, its own code settled and its QR codes drawn (a guide's two tests share one load). */
async function load(path: string): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  if (page.url() === `${site.base}${path}`) return;
  await page.goto(`${site.base}${path}`);
  await waitReady(page);
  await page.waitForFunction(() => !document.querySelector('svg[data-vf-qr]:not([data-vf-qr-done])'));
}

/**
 * Switch to print media and let a frame pass: right after emulateMedia, Chromium can report a mix of screen and
 * print styles for an element (seen: print's `position` with screen's `padding`) until the next frame.
 */
async function printMedia(): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const pdf = (format: 'A4' | 'Letter') => page.pdf({ format, printBackground: true });

/** Print with only the run sheet, as its "Print the run sheet only" button does (the class goes after printing). */
async function runSheetPdf(format: 'A4' | 'Letter'): Promise<Buffer> {
  await page.evaluate(() => document.documentElement.classList.add('print-run-sheet'));
  try {
    return await pdf(format);
  } finally {
    await page.evaluate(() => document.documentElement.classList.remove('print-run-sheet'));
  }
}

/** The 45-minute plan's code, straight from content/modules/<module>.yaml (lesson ids made module-qualified). */
function planCode(module: string): string {
  const data = parse(readFileSync(join(root, 'content/modules', `${module}.yaml`), 'utf8')) as { plans: Record<string, string[]> };
  const items = data.plans['45']!.map((key): PlanItem => {
    const [kind, id] = key.split(/:(.*)/) as [PlanItem['kind'], string];
    return { kind, id: kind === 'lesson' && !id.includes('/') ? `${module}/${id}` : id };
  });
  return encodePlanCode({ exam: false, items });
}

const quizLength = (quiz: string) => (parse(readFileSync(join(root, 'content/quizzes', `${quiz}.yaml`), 'utf8')) as { questions: unknown[] }).questions.length;

describe.each(locales)('facilitator guides on paper, %s', (locale) => {
  describe.each(modules.map((m) => [m.id, m] as const))('%s', (id, mod) => {
  it('the run sheet is one A4 and one Letter page, printed first, its QR the 45-minute plan', async () => {
    await load(`${locale}/instructors/${id}/`);
    const sheet = page.locator('[data-run-sheet]');
    await expect(sheet.locator('.rs-timing tbody tr').count()).resolves.toBeGreaterThan(3);
    await expect(sheet.locator('.rs-pauses li').count()).resolves.toBe(3);
    await expect(sheet.locator('.rs-key li').count()).resolves.toBe(quizLength(mod.quizzes[0]!));
    expect((await decodeQr(page, '[data-run-sheet] svg.print-qr-code', 240)).text).toBe(`${site.origin}/?plan=${planCode(id)}`);

    // The button prints with the run-sheet-only class set.
    await page.evaluate(() => { window.print = () => { document.body.dataset.printedRunSheet = String(document.documentElement.classList.contains('print-run-sheet')); }; });
    await sheet.getByRole('button').click();
    await expect(page.locator('body').getAttribute('data-printed-run-sheet')).resolves.toBe('true');
    await page.evaluate(() => document.documentElement.classList.remove('print-run-sheet'));

    await printMedia();
    for (const format of ['A4', 'Letter'] as const) expect(pdfPageSizes(await runSheetPdf(format)), `run sheet on ${format}`).toHaveLength(1);
    // In the whole guide it comes first and ends its page: nothing printed sits above it.
    const first = await page.evaluate(() => {
      const sheetBox = document.querySelector('[data-run-sheet]')!.getBoundingClientRect();
      const above = [...document.querySelectorAll('main *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.height > 0 && r.width > 0 && !e.closest('[data-run-sheet]') && !e.contains(document.querySelector('[data-run-sheet]')) && r.top < sheetBox.top - 0.5;
      });
      return { above: above.map((e) => e.tagName + '.' + e.className), breakAfter: getComputedStyle(document.querySelector('[data-run-sheet]')!).breakAfter };
    });
    expect(first).toEqual({ above: [], breakAfter: 'page' });
  });

  it('branch maps print with labels of 9 pt or more, each band on a landscape page', async () => {
    await load(`${locale}/instructors/${id}/`);
    await printMedia();
    // The screen's drawing keeps rendering (its bands copy it) but collapses in print; wait for that layout to
    // settle (under load Chromium has reported it late), then check it below.
    await page.waitForFunction(() => [...document.querySelectorAll('.map-scroll.map-banded')].every((e) => e.getBoundingClientRect().height <= 1), null, { timeout: 5000 }).catch(() => {});
    const maps = await page.evaluate(() => [...document.querySelectorAll('figure.branch-map')].map((figure) => {
      const drawing = figure.querySelector<SVGSVGElement>('svg.map-svg')!;
      const fontSizes = [...drawing.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      const bands = [...figure.querySelectorAll<SVGSVGElement>('svg.map-band-svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        // Drawn size of one drawing unit: the band's rendered width over its viewBox width.
        return { scale: box.width / svg.viewBox.baseVal.width, fontSize: parseFloat(getComputedStyle(svg).fontSize), width: box.width, x: svg.viewBox.baseVal.x };
      });
      const list = figure.querySelector<HTMLElement>('ol.map-text')!;
      return {
        baseFont: parseFloat(getComputedStyle(drawing).fontSize),
        smallestLabel: Math.min(...fontSizes),
        bands,
        // The screen's drawing (inside its scroll box) stays rendered for the bands to copy, but takes no room.
        drawingShown: figure.querySelector('.map-scroll')!.getBoundingClientRect().height > 1,
        tooWideNote: !!figure.querySelector('.map-too-wide') && getComputedStyle(figure.querySelector('.map-too-wide')!).display !== 'none',
        listShown: list.getBoundingClientRect().height > 0,
        listFont: Math.min(...[...list.querySelectorAll('li')].map((li) => parseFloat(getComputedStyle(li).fontSize))),
      };
    }));
    let bandCount = 0;
    for (const [i, map] of maps.entries()) {
      expect(map.drawingShown, `map ${i + 1}: the wide screen drawing does not print`).toBe(false);
      expect(map.listShown && map.listFont >= NINE_PT, `map ${i + 1}: the step list prints at ≥ 9 pt`).toBe(true);
      // Every map prints as a drawing: a wide one in columns side by side (tested in the unit test: each box
      // whole in one of them), so no map falls back to the list alone.
      expect(map.bands.length, `map ${i + 1}: printed in pieces of a page each`).toBeGreaterThan(0);
      expect(map.tooWideNote, `map ${i + 1}: no "too wide" note`).toBe(false);
      bandCount += map.bands.length;
      for (const band of map.bands) {
        // A band <use>s the drawing: its copy of each label takes the drawing's styles, so it is drawn at
        // the original's font size times the band's scale.
        expect(band.fontSize, `map ${i + 1}: a band sets the drawing's base font size`).toBe(map.baseFont);
        expect(map.smallestLabel * band.scale, `map ${i + 1}: smallest label as printed`).toBeGreaterThanOrEqual(NINE_PT - 0.01);
        // Letter landscape is the narrower page: 279.4 mm less 2 × 10 mm margins.
        expect(band.width, `map ${i + 1}: fits Letter landscape at full size`).toBeLessThanOrEqual((259.4 / 25.4) * 96);
      }
    }
    // Each band has a landscape page of its own (A4 landscape is the lower page; Letter's width is checked above).
    const landscape = pdfPageSizes(await pdf('A4')).filter((p) => p.width > p.height).length;
    expect(landscape, 'landscape pages').toBe(bandCount);
  });
  });

  it('the handout is one A4 and one Letter page of 14 pt type or more, with a QR code of the course', async () => {
    await load(`${locale}/instructors/handout/`);
    expect((await decodeQr(page, '.handout svg.print-qr-code', 240)).text).toBe(`${site.base}${locale}/`);
    await printMedia();
    for (const format of ['A4', 'Letter'] as const) expect(pdfPageSizes(await pdf(format)), format).toHaveLength(1);
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.handout *')]
      .filter((e) => e.getBoundingClientRect().height > 0 && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((e) => parseFloat(getComputedStyle(e).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(FOURTEEN_PT - 0.01);
    expect(watched.errors).toEqual([]);
  });
});
