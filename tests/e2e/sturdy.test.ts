// The phones people really have (issue 19): storage null / throwing / full, a wrong clock, another tab
// saving at the same moment, an engine below the baseline, the workshop QR at its extreme, and a debrief
// fed 20 hostile results files. Fresh contexts, no fixed waits.
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playToEnding } from './chat-driver';
import { closeBrowser, htmlPages, openPage, serve, waitReady, type Site } from './helpers';

let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

const KEY = 'vf:progress';
const DAY = 24 * 60 * 60 * 1000;
const pages = htmlPages();
const first = (re: RegExp) => pages.find((p) => re.test(p))!;
/** One page of each type, in English. */
const pageTypes = [
  'en/', first(/^en\/modules\/[^/]+\/$/), first(/^en\/modules\/[^/]+\/[^/]+\/$/), first(/^en\/scenarios\/[^/]+\/$/),
  first(/^en\/quizzes\/[^/]+\/$/), 'en/progress/', 'en/workshop/', 'en/instructors/debrief/', 'en/search/', 'en/glossary/',
];
const lessons = pages.filter((p) => /^en\/modules\/[^/]+\/[^/]+\/$/.test(p));
const SCENARIO_ID = 'copied-account-hospital';
const SCENARIO = `en/scenarios/${SCENARIO_ID}/`;

/** Mark the open lesson read (the button, or automatic marking when the end is in view). */
async function markRead(page: Page): Promise<void> {
  const button = page.locator('[data-vf-mark-read-button]');
  const state = page.locator('[data-vf-read-state]');
  await page.locator('[data-vf-mark-read-button]:visible, [data-vf-read-state]:visible').first().waitFor();
  if (await button.isVisible()) await button.click();
  await state.waitFor();
}

/** Open `path` in a new page of `context`, with the clock moved by `offset` ms (an init script shifts Date). */
async function visit(context: BrowserContext, path: string, offset = 0): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (offset) {
    await page.addInitScript((shift: number) => {
      const Real = Date;
      class Shifted extends Real {
        constructor(...args: [] | ConstructorParameters<DateConstructor>) {
          if (args.length === 0) super(Real.now() + shift);
          else super(...(args as ConstructorParameters<DateConstructor>));
        }
        static now() { return Real.now() + shift; }
      }
      (window as unknown as { Date: DateConstructor }).Date = Shifted as DateConstructor;
    }, offset);
  }
  await page.goto(`${site.base}${path}`);
  return { page, errors };
}

async function exportProgress(page: Page): Promise<{ lessons: Record<string, unknown>; scenarios: Record<string, unknown>; quizzes: Record<string, unknown> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my progress' }).click()]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

const storageFaults: Record<string, string> = {
  'replaced by null': "Object.defineProperty(window, 'localStorage', { value: null, configurable: true });",
  'behind a throwing getter': "Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
};

describe('storage that cannot crash', () => {
  for (const [fault, script] of [...Object.entries(storageFaults), ['full', ''] as const]) {
    it(`localStorage ${fault}: every page type loads without a page error, and a scenario plays`, async () => {
      const { context, page, errors } = await openPage();
      if (script) await context.addInitScript({ content: script });
      else {
        // Fill this origin's storage to its quota once; it stays full for every page of the context.
        await page.goto(`${site.base}en/`);
        await page.evaluate(() => {
          const chunk = 'x'.repeat(512 * 1024);
          for (let i = 0, size = chunk.length; size > 8; i++) {
            try { localStorage.setItem(`fill-${i}`, chunk.slice(0, size)); } catch { size = Math.floor(size / 2); }
          }
        });
      }
      for (const path of pageTypes) {
        await page.goto(`${site.base}${path}`);
        await page.waitForLoadState('load');
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-vf-baseline')), `${path}: scripts ran`).toBe(true);
        expect(errors, `${path}: page errors`).toEqual([]);
      }
      await page.goto(`${site.base}${lessons[0]}`);
      await markRead(page);
      await expect.poll(() => page.locator('[data-vf-storage-notice]').first().textContent()).toContain('not letting the course save');
      await page.goto(`${site.base}${SCENARIO}`);
      await playToEnding(page, SCENARIO_ID);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('a wrong clock loses nothing', () => {
  it('with the clock two days back, then two days ahead, between visits: every record made before is kept', async () => {
    const { context } = await openPage();
    const a = await visit(context, lessons[0]!);
    await markRead(a.page);
    const b = await visit(context, 'en/progress/');
    const before = await exportProgress(b.page);
    expect(Object.keys(before.lessons)).toHaveLength(1);

    // The first lesson, dated two days "in the future" for this clock, is still shown as read.
    const key = lessons[0]!.replace(/^en\/modules\/|\/$/g, '');
    const overview = await visit(context, `en/modules/${key.split('/')[0]}/`, -2 * DAY);
    await expect.poll(() => overview.page.locator(`[data-vf-lesson="${key}"][data-vf-done]`).count()).toBeGreaterThan(0);
    const behind = await visit(context, lessons[1]!, -2 * DAY);
    await markRead(behind.page);
    const ahead = await visit(context, lessons[2]!, 2 * DAY);
    await markRead(ahead.page);
    const back = await visit(context, 'en/progress/');
    const after = await exportProgress(back.page);

    for (const section of ['lessons', 'scenarios', 'quizzes'] as const) {
      for (const [key, entry] of Object.entries(before[section])) expect(after[section][key], `${section}.${key}`).toEqual(entry);
    }
    expect(Object.keys(after.lessons)).toHaveLength(3);
    expect([...a.errors, ...overview.errors, ...behind.errors, ...ahead.errors, ...back.errors]).toEqual([]);
    await context.close();
  });

  it('another tab\'s save made a moment before ours is merged, not overwritten', async () => {
    const { context } = await openPage();
    const tab = await visit(context, lessons[1]!);
    // What a second tab saved an instant ago: this page has not heard of it yet (no storage event).
    const other = { v: 2, lessons: { [lessons[0]!.replace(/^en\/modules\/|\/$/g, '')]: { at: new Date().toISOString() } }, scenarios: {}, quizzes: {} };
    await tab.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(other)]);
    await markRead(tab.page);
    const saved = JSON.parse((await tab.page.evaluate((key) => localStorage.getItem(key), KEY))!) as { lessons: Record<string, unknown> };
    expect(Object.keys(saved.lessons).sort()).toEqual([lessons[0], lessons[1]].map((p) => p!.replace(/^en\/modules\/|\/$/g, '')).sort());
    await context.close();
  });
});

describe('below the browser baseline', () => {
  it('a modern browser gets no old-browser notice', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}${lessons[0]}`);
    await page.waitForLoadState('load');
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-vf-baseline'))).toBe(true);
    expect(await page.locator('#vf-old-browser').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [locale, text] of [['en', 'too old for the course'], ['zh-cn', '浏览器版本太旧']] as const) {
    it(`an engine that cannot parse the site's modules still reads the lesson, and says why the exercises do not run (${locale})`, async () => {
      const { page, context } = await openPage();
      // What Chrome < 80 or iOS < 14 does with ES2020 modules: a SyntaxError, so no module runs.
      await context.route(/\/_astro\/.*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'export const baseline = ;' }));
      const lesson = lessons[0]!.replace(/^en\//, `${locale}/`);
      await page.goto(`${site.base}${lesson}`);
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('#vf-old-browser').isVisible()).toBe(true);
      expect(await page.locator('#vf-old-browser').textContent()).toContain(text);
      expect((await page.locator('main h1').first().textContent())?.trim()).toBeTruthy();
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(500);
      await context.close();
    });
  }

  it('an engine without BigInt (iOS 13) gets the notice too', async () => {
    const { page, context } = await openPage();
    await context.addInitScript({ content: 'delete window.BigInt;' });
    await page.goto(`${site.base}en/`);
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#vf-old-browser').isVisible()).toBe(true);
    await context.close();
  });
});

/** Decode the QR SVG on the page from its path (one "M x y h w v1 h -w z" run per dark stretch) with jsQR. */
async function decodeQr(page: Page): Promise<string | null> {
  const { size, d } = await page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.ws-qr')!;
    return { size: svg.viewBox.baseVal.width, d: svg.querySelector('path')!.getAttribute('d')! };
  });
  const scale = 3;
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + w) * scale; px++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

describe('the workshop QR never lies', () => {
  // Plan links carry short item codes (src/engine/plan-code.ts) and the QR holds only the short link, so even 18
  // items with a long title and note fit; what must hold is that the QR is never stale.
  it('at 18 items with a long Chinese title and note: after every tick, a QR of exactly the short link on screen', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}zh-cn/workshop/`);
    await page.locator('#ws-title').fill('社区中心周二下午反诈骗工作坊：朋友借钱与小程序培训陷阱'.repeat(3));
    await page.locator('#ws-note').fill('请带上手机，提前十分钟到场。我们会一起练习在转账前先核实对方身份，并讨论家里老人常遇到的情况。'.repeat(10));
    const boxes = page.locator('.ws-modules input[type="checkbox"]');
    const seen = new Set<string>();
    for (let i = 0; i < 18; i++) {
      await boxes.nth(i).check();
      await page.locator('.ws-agenda-list > li').nth(i).waitFor();
      await page.locator('svg.ws-qr').first().waitFor();
      const short = (await page.locator('[data-short-link]').textContent())!.trim();
      const decoded = (await decodeQr(page)) ?? '';
      expect(decoded.replace(/^https?:\/\//, ''), `item ${i + 1}: the QR holds the short link on screen`).toBe(short);
      expect(await page.locator('#ws-link').inputValue(), 'the full link starts with the short one').toContain(decoded);
      expect(seen.has(decoded), `item ${i + 1}: a new link, not the last one`).toBe(false);
      seen.add(decoded);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a debrief fed hostile files', () => {
  /** A valid results file at its limits: 80 made-up scenarios, 80 made-up quizzes, 160 made-up lessons. */
  function hostile(i: number): { name: string; mimeType: string; buffer: Buffer } {
    const scenarios: Record<string, unknown> = {};
    const quizzes: Record<string, unknown> = {};
    for (let k = 0; k < 80; k++) {
      scenarios[`made-up-${i}-${k}`] = { ending: `end-${k}`, outcome: 'lost', score: k, missed: Array.from({ length: 8 }, (_, j) => `f${j}`) };
      quizzes[`quiz-${i}-${k}`] = { best: 50, last: 50, passed: false, missed: Array.from({ length: 8 }, (_, j) => `q${j}`) };
    }
    const lessons = Array.from({ length: 160 }, (_, k) => `mod-${i}/lesson-${k}`);
    const file = { format: 'verify-first-results', v: 1, id: `hostile${i}`, nickname: `<b>n${i}</b>`, lessons, scenarios, quizzes };
    return { name: `${'长'.repeat(300)}-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
  }

  it('20 files at their limits: a key press is answered within 200 ms while it works, and nothing made-up is drawn', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}en/instructors/debrief/`);
    await waitReady(page); // the delays measured are those of the running debrief
    await page.locator('#db-codes').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __delays: number[] };
      w.__delays = [];
      // Input delay: from the key press (the event's timestamp) to its handler running.
      document.addEventListener('keydown', (e) => w.__delays.push(performance.now() - e.timeStamp));
    });
    await page.locator('#db-codes').focus();
    const files = Array.from({ length: 20 }, (_, i) => hostile(i));
    await page.locator('#db-files').setInputFiles(files);
    const done = () => page.locator('.db-status').textContent().then((t) => t?.includes('Results from 20 learners') ?? false);
    let presses = 0;
    while (!(await done()) || presses < 5) {
      await page.keyboard.press('a');
      presses += 1;
    }
    const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
    expect(delays.length).toBe(presses);
    expect(Math.max(...delays), `input delays (ms): ${delays.map(Math.round).join(', ')}`).toBeLessThan(200);

    // Counted, not drawn: no article per made-up id, and the count is said once.
    expect(await page.locator('.db-item').count()).toBe(0);
    await expect.poll(() => page.getByText(/entries name lessons, simulations, quizzes or answers this course does not have/).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(3000);
    expect(await page.locator('b').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
