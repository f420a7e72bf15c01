// Every built scenario page, in both locales, played in Chromium with the keyboard alone: best path with every
// red flag flagged, axe at start / mid-play / ending, resume after a reload, presenter letters, pacing, bad storage,
// small screens, no JS. (The 20 KB JS budget for scenario pages is checked with the others in budgets.test.ts.)
// Needs a build first: `npm run build` (VF_CONTENT_DIR picks the content the build used).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { enumeratePaths, start, act as engineAct, result, SCORING, type Action, type Scenario } from '../../src/engine/scenario';
import { scenarioSchema } from '../../src/schemas/scenario';
import { axeViolations, closeBrowser, htmlPages, openPage, root, serve, type Site } from './helpers';

const contentDir = process.env.VF_CONTENT_DIR ?? join(root, 'content');
const pages = htmlPages().flatMap((path) => {
  const m = /^(en|zh-cn)\/scenarios\/([a-z0-9-]+)\/$/.exec(path);
  return m ? [{ path, locale: m[1]!, id: m[2]! }] : [];
});
const loadScenario = (id: string): Scenario =>
  scenarioSchema.parse(parse(readFileSync(join(contentDir, 'scenarios', `${id}.yaml`), 'utf8')));

/** The path to the best ending: highest outcome points, then the highest score when every red flag is flagged. */
function bestPath(scenario: Scenario): { ending: string; actions: Action[] } {
  const ranked = [...enumeratePaths(scenario)].map(([ending, actions]) => {
    let state = start(scenario);
    for (const a of actions) state = engineAct(scenario, state, a);
    const r = result(scenario, state)!;
    return { ending, actions, rank: SCORING.outcome[r.outcome] * 1000 + r.score };
  });
  ranked.sort((a, b) => b.rank - a.rank);
  return ranked[0]!;
}

/** Press Tab (or Shift+Tab) until the element matching `selector` has focus: keyboard only, no clicks, no focus(). */
async function tabTo(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { state: 'visible' });
  const focused = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  // Estimate the distance in tab order, press that many times, then step one at a time if needed.
  const distance = await page.evaluate((s) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    const target = all.findIndex((el) => el.matches(s));
    const here = all.indexOf(document.activeElement as HTMLElement);
    return target < 0 ? 0 : target - here;
  }, selector);
  for (let i = 0; i < Math.abs(distance); i++) await page.keyboard.press(distance > 0 ? 'Tab' : 'Shift+Tab');
  for (let i = 0; i < 400 && !(await focused()); i++) await page.keyboard.press('Tab');
  if (!(await focused())) throw new Error(`could not reach ${selector} with the Tab key`);
}

async function press(page: Page, selector: string, key = 'Enter'): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press(key);
}

/** Flag, with the keyboard, every visible message that shows a red flag and is not flagged yet. */
async function flagRedFlags(page: Page, redFlagMessages: Set<string>): Promise<void> {
  const ids = await page.$$eval('[data-flag][aria-pressed="false"]', (els) => els.map((e) => e.getAttribute('data-flag')!));
  for (const id of ids.filter((x) => redFlagMessages.has(x))) {
    await press(page, `[data-flag="${id}"]`);
    await page.waitForSelector(`[data-flag="${id}"][aria-pressed="true"]`);
  }
}

const revision = (page: Page) => page.$eval('.messenger', (el) => Number(el.getAttribute('data-revision')));

/** Wait until the chat has changed since `before` and has revealed everything up to the next decision. */
async function settled(page: Page, before: number): Promise<void> {
  await page.waitForFunction((b) => {
    const el = document.querySelector('.messenger');
    return Number(el?.getAttribute('data-revision')) > b && el?.getAttribute('data-pending') === 'false';
  }, before);
}

/** Do one engine action through the UI, keyboard only, and wait for the chat to settle. */
/** Wait for the chat to open and reveal its first messages. */
async function opened(page: Page): Promise<void> {
  await page.waitForSelector('.messenger[data-pending="false"]');
}

async function perform(page: Page, action: Action): Promise<void> {
  if (action.type === 'reveal' || action.type === 'skip') return; // pacing is the island's job (reduced motion)
  const before = await revision(page);
  await act(page, action);
  await settled(page, before);
}

async function act(page: Page, action: Action): Promise<void> {
  switch (action.type) {
    case 'choose': return press(page, `[data-choice="${action.choice}"]`);
    case 'tool': return press(page, `[data-tool="${action.tool}"]`);
    case 'close': return press(page, '[data-action="close"]');
    case 'cancel-transfer': return press(page, '[data-action="cancel"]');
    case 'verify-name':
      await tabTo(page, '#vf-verify-name');
      await page.keyboard.type(action.name);
      return page.keyboard.press('Enter');
    case 'confirm-transfer':
      if (action.delayed) await press(page, '#vf-delayed', 'Space');
      await press(page, '[data-action="continue"]');
      return press(page, '[data-action="pay"]');
    default:
      throw new Error(`no UI for ${action.type}`);
  }
}

let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site?.close(); });

describe('scenario pages', () => {
  it('exist for every scenario in both locales', () => {
    expect(pages.length).toBeGreaterThan(0);
    const ids = new Set(pages.map((p) => p.id));
    for (const id of ids) expect(pages.filter((p) => p.id === id).map((p) => p.locale).sort()).toEqual(['en', 'zh-cn']);
  });

  for (const { path, locale, id } of pages) {
    describe(`${id} (${locale})`, () => {
      const scenario = loadScenario(id);
      const best = bestPath(scenario);
      const redFlagMessages = new Set(Object.values(scenario.nodes).flatMap((n) => (n.messages ?? []).filter((m) => m.redFlag).map((m) => m.id)));

      it('plays the best path to the safest ending with the keyboard alone, and the debrief lists every red flag', async () => {
        const { page, errors, context } = await openPage();
        await page.goto(site.base + path);
        await opened(page);
        expect(await axeViolations(page), 'axe at the start').toEqual([]);

        for (const [i, action] of best.actions.entries()) {
          await flagRedFlags(page, redFlagMessages);
          await perform(page, action);
          if (i === Math.floor(best.actions.length / 2)) expect(await axeViolations(page), 'axe mid-play').toEqual([]);
        }
        const ending = await page.waitForSelector(`[data-ending="${best.ending}"]`);
        expect(await page.evaluate(() => document.activeElement?.id), 'focus moves to the ending heading').toBe('vf-ending-title');
        expect(await page.textContent('.ending-announce'), 'the ending is announced').not.toBe('');
        const listed = await ending.$$eval('[data-red-flag]', (els) => els.map((e) => [e.getAttribute('data-red-flag'), e.getAttribute('data-state')]));
        expect(listed.map(([f]) => f)).toEqual(scenario.redFlags.map((f) => f.id));
        for (const [flag, state] of listed) expect([flag, state]).not.toEqual([flag, 'missed']);
        expect(await axeViolations(page), 'axe at the ending').toEqual([]);

        const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('vf:progress') ?? '{}'));
        expect(progress.scenarios?.[id]?.last, 'the run is recorded in the progress store').toMatchObject({ ending: best.ending, missed: [] });
        expect(errors).toEqual([]);
        await context.close();
      });

      it('reaches every ending through the UI, keyboard only (panels, transfer screen, name check included)', async () => {
        const { page, errors, context } = await openPage();
        for (const [ending, actions] of enumeratePaths(scenario)) {
          await page.goto(site.base + path);
          await page.evaluate(() => localStorage.clear());
          await page.reload();
          await opened(page);
          for (const action of actions) await perform(page, action);
          await page.waitForSelector(`[data-ending="${ending}"] h2:focus`);
        }
        expect(errors).toEqual([]);
        await context.close();
      });

      it('resumes after a reload mid-play, and says so', async () => {
        const { page, errors, context } = await openPage();
        await page.goto(site.base + path);
        await opened(page);
        const first = best.actions.find((a) => a.type === 'choose' || a.type === 'tool')!;
        await perform(page, first);
        const before = await page.$$eval('.transcript > .msg', (els) => els.map((e) => e.id));
        await page.reload();
        await page.waitForSelector('[data-notice="resumed"]');
        await opened(page);
        const after = await page.$$eval('.transcript > .msg', (els) => els.map((e) => e.id));
        expect(after).toEqual(before);
        expect(errors).toEqual([]);
        await context.close();
      });

      it('letters the choices in presenter mode and records nothing', async () => {
        const { page, errors, context } = await openPage();
        await page.goto(`${site.base + path}?present`);
        await page.waitForSelector('.messenger.present');
        while (await page.$('[data-action="reveal"]')) await press(page, '[data-action="reveal"]');
        const letters = await page.$$eval('.choices .letter', (els) => els.map((e) => e.textContent));
        expect(letters.length).toBeGreaterThan(0);
        expect(letters).toEqual(letters.map((_, i) => 'ABCDEFGHIJ'[i]));
        const keys = await page.evaluate(() => Object.keys(localStorage));
        expect(keys.filter((k) => k === 'vf:progress' || k.startsWith('vf:run:'))).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
    });
  }

  it('paces messages with a typing indicator when motion is allowed, and "Skip animation" reveals the rest', async () => {
    const { path, id } = pages[0]!;
    const best = bestPath(loadScenario(id));
    const { page, errors, context } = await openPage({ reducedMotion: false });
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.typing')) (window as unknown as { sawTyping: boolean }).sawTyping = true;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(site.base + path);
    await page.waitForSelector('[data-action="skip"]');
    expect(await page.$$('.transcript > .msg'), 'nothing is shown at once').toHaveLength(0);
    await page.waitForSelector('.transcript > .msg'); // the timer reveals it
    const sawTyping = () => page.evaluate(() => Boolean((window as unknown as { sawTyping?: boolean }).sawTyping));
    for (const action of best.actions) {
      if (await sawTyping()) break;
      await perform(page, action);
    }
    expect(await sawTyping(), '"… is typing" shown before a message').toBe(true);
    if (await page.$('[data-action="skip"]')) {
      await press(page, '[data-action="skip"]');
      await page.waitForSelector('.messenger[data-pending="false"]');
      expect(await page.$('[data-action="skip"]'), 'skipping turns the animation off').toBeNull();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts fresh with a notice when the saved run is corrupt', async () => {
    const { page, errors, context } = await openPage();
    const { path, id } = pages[0]!;
    await page.goto(site.base + path);
    await opened(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"node":"<script>alert(1)</script>"'), `vf:run:${id}`);
    await page.reload();
    await page.waitForSelector('[data-notice="corrupt"]');
    await opened(page);
    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key) ?? 'null', `vf:run:${id}`));
    expect(saved === null || !JSON.stringify(saved).includes('<script>'), 'the corrupt run is replaced').toBe(true);
    expect(await page.$('script:not([src]):has-text("alert")')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits the chat on a 320 px screen in large-text mode', async () => {
    const { page, errors, context } = await openPage({ width: 320, height: 700 });
    await page.goto(site.base + pages[0]!.path);
    await page.evaluate(() => localStorage.setItem('vf:large-text', '1'));
    await page.reload();
    await opened(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    const overflowing = await page.$$eval('.messenger *', (els) =>
      els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).map((e) => e.className || e.tagName));
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, says the chat needs it and still shows the endings for instructors', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(site.base + pages[0]!.path);
    expect(await page.isVisible('main p.notice')).toBe(true);
    expect(await page.$('.messenger')).toBeNull();
    expect(await page.$$eval('.instructor-notes section h2', (els) => els.length)).toBeGreaterThan(0);
    await context.close();
  });
});
