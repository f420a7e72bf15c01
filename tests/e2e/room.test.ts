// Running a workshop in a real room (issue 16), in Chromium against dist/: presenter mode at 1920×1080 played
// with the presenter's keys alone (letters, Space, F, Escape) to an ending, its type sizes and what it hides,
// and the room's red-flag checklist changing the ending; plans in a bilingual room (one short link for both
// languages, the switch keeps it, a QR of version ≤ 6 that jsQR reads at 120 px, a full-screen QR, the guides'
// plans as presets, the back/next bar on items); both languages, axe on each new view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { enumeratePaths, type Scenario } from '../../src/engine/scenario';
import { scenarioSchema } from '../../src/schemas/scenario';
import { axeViolations, closeBrowser, launch, openPage, root, serve, type Site } from './helpers';
import { revision } from './chat-driver';
import { decodeQr } from './qr';

const SCENARIO = 'copied-account-hospital';
const scenario: Scenario = scenarioSchema.parse(parse(readFileSync(join(root, 'content', 'scenarios', `${SCENARIO}.yaml`), 'utf8')));
const redFlagOf = new Map(Object.values(scenario.nodes).flatMap((n) => (n.messages ?? []).flatMap((m) => (m.redFlag ? [[m.id, m.redFlag] as const] : []))));

/** The longest of the shortest paths to each ending that uses only replies, tools and closing a tool's panel. */
function roomPath() {
  const paths = [...enumeratePaths(scenario)].map(([ending, actions]) => ({ ending, steps: actions.filter((a) => a.type !== 'skip') }))
    .filter(({ steps }) => steps.every((a) => a.type === 'choose' || a.type === 'tool' || a.type === 'close'))
    .sort((a, b) => b.steps.length - a.steps.length);
  if (!paths[0]) throw new Error(`${SCENARIO}: no ending reachable by replies and tools alone`);
  return paths[0];
}

async function changed(page: Page, before: number): Promise<void> {
  await page.waitForFunction((b) => Number(document.querySelector('.messenger')?.getAttribute('data-revision')) > b, before);
}
/** Press Space until nothing more is waiting to be revealed. */
async function revealAll(page: Page): Promise<void> {
  while (await page.$('.messenger[data-pending="true"]')) {
    const before = await revision(page);
    await page.keyboard.press(' ');
    await changed(page, before);
  }
}
/** The letter on screen for a reply or tool. */
const letterOf = (page: Page, selector: string) => page.$eval(`.reply-area ${selector} .letter`, (e) => e.textContent!.trim());

let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site?.close(); });

describe('presenter mode at 1920×1080', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    it(`${locale}: keys alone play to an ending; large type, no chrome or spoilers; the room's checklist changes the ending`, async () => {
      const { page, errors, context } = await openPage({ width: 1920, height: 1080 });
      await page.goto(`${site.base}${locale}/scenarios/${SCENARIO}/?present`);
      await page.waitForSelector('.messenger.present[data-present="ready"]');

      // Nothing but the chat: no site bar or header, breadcrumb, intro, instructors' notes or endings list.
      for (const selector of ['.scenario-bar .bar-back', '.scenario-bar .bar-title', '.site-header', '.breadcrumb', 'nav[aria-label]', '.scenario-about', '.instructor-notes', '.site-footer']) {
        const shown = await page.$$eval(selector, (els) => els.some((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'));
        expect(shown, `${selector} hidden`).toBe(false);
      }
      const phone = await page.$eval('.phone', (e) => e.getBoundingClientRect().toJSON());
      expect(phone.width, 'chat about 960 px wide').toBeGreaterThanOrEqual(900);
      expect(phone.width).toBeLessThanOrEqual(1000);
      expect(Math.abs(phone.left + phone.width / 2 - 960), 'centred').toBeLessThanOrEqual(2);
      expect(await page.$('[data-action="full-screen"]'), 'a full-screen button').not.toBeNull();
      // The one control left outside the chat: the language switch, which keeps presenter mode.
      const other = locale === 'en' ? 'zh-cn' : 'en';
      expect(await page.isVisible(`a[data-vf-lang="${other}"]`)).toBe(true);
      expect(await page.getAttribute(`a[data-vf-lang="${other}"]`, 'href')).toMatch(new RegExp(`/${other}/scenarios/${SCENARIO}/\\?present$`));

      const { steps, ending } = roomPath();
      let flaggedByKey: string | null = null;
      for (const step of steps) {
        await revealAll(page);
        if (!flaggedByKey) {
          // F flags the last message someone else sent; flag it if it shows a red flag.
          const last = await page.$$eval('.transcript [data-menu]', (els) => els.at(-1)?.getAttribute('data-msg') ?? null);
          if (last && redFlagOf.has(last)) {
            await page.keyboard.press('f');
            await page.waitForSelector(`[data-msg="${last}"].is-flagged`);
            flaggedByKey = last;
          }
        }
        const before = await revision(page);
        if (step.type === 'choose') await page.keyboard.press((await letterOf(page, `[data-choice="${step.choice}"]`)).toLowerCase());
        else if (step.type === 'tool') await page.keyboard.press((await letterOf(page, `[data-tool="${step.tool}"]`)).toLowerCase());
        else {
          await page.waitForSelector('.panel');
          await page.keyboard.press('Escape');
          await page.waitForSelector('.panel', { state: 'detached' });
        }
        await changed(page, before);
      }
      await revealAll(page);
      await page.waitForSelector(`.ending[data-ending="${ending}"]`);
      expect(flaggedByKey, 'F flagged a red-flag message on the way').not.toBeNull();

      const list = page.locator('[data-room-checklist]');
      await list.waitFor();
      const boxes = await page.$$eval('[data-room-flag]', (els) => els.map((e) => [e.getAttribute('data-room-flag')!, (e as HTMLInputElement).checked] as const));
      expect(boxes.length).toBeGreaterThan(1);
      const flagKey = redFlagOf.get(flaggedByKey!)!;
      expect(Object.fromEntries(boxes)[flagKey], 'the flag pressed during play starts ticked').toBe(true);
      const state = () => page.$$eval('[data-list="red-flags"] [data-red-flag]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-red-flag'), e.getAttribute('data-state')])));
      const score = () => page.$eval('.score-line', (e) => Number(/\d+/.exec(e.textContent!)![0]));
      const before = { state: await state(), score: await score() };
      expect(Object.values(before.state).filter((s) => s === 'caught')).toHaveLength(1);
      expect(await axeViolations(page), 'axe on the ending with the checklist').toEqual([]);

      // The presenter ticks every other red flag by keyboard (Tab, Space).
      for (const [id, checked] of boxes) {
        if (checked) continue;
        for (let i = 0; i < 60 && !(await page.evaluate((f) => document.activeElement?.getAttribute('data-room-flag') === f, id)); i++) await page.keyboard.press('Tab');
        await page.keyboard.press(' ');
        await page.waitForSelector(`[data-list="red-flags"] [data-red-flag="${id}"][data-state="caught"]`, { state: 'attached' });
      }
      const after = { state: await state(), score: await score() };
      expect(Object.values(after.state).every((s) => s === 'caught'), 'every red flag counted as the room spotted it').toBe(true);
      expect(after.score).toBeGreaterThan(before.score);
      expect(await page.$eval('[data-room-count]', (e) => Number(e.getAttribute('data-room-count')))).toBe(boxes.length);
      const verdict = await page.$eval('[data-list="red-flags"] .verdict', (e) => e.textContent);
      expect(verdict).toContain(locale === 'en' ? 'The room spotted it' : '大家发现了');

      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.filter((k) => k === 'vf:progress' || k.startsWith('vf:run:')), 'nothing recorded').toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('type sizes at a decision: messages ≥ 28 px, choices ≥ 32 px; axe clean; Escape closes a panel', async () => {
    const { page, errors, context } = await openPage({ width: 1920, height: 1080 });
    await page.goto(`${site.base}en/scenarios/${SCENARIO}/?present`);
    await page.waitForSelector('.messenger.present[data-present="ready"]');
    await revealAll(page);
    const before = await revision(page);
    await page.keyboard.press('a');
    await changed(page, before);
    await revealAll(page);
    const sizes = await page.$$eval('.transcript .bubble', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes), 'message text').toBeGreaterThanOrEqual(28);
    const choices = await page.$$eval('.reply-area .choice, .reply-area .tool', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(choices.length).toBeGreaterThan(0);
    expect(Math.min(...choices), 'choices and tools').toBeGreaterThanOrEqual(32);
    const letters = await page.$$eval('.reply-area .letter', (els) => els.map((e) => e.textContent));
    expect(letters).toEqual([...'ABCDEGHIJK'].slice(0, letters.length));
    expect(await axeViolations(page), 'axe at a decision').toEqual([]);
    await page.keyboard.press((await letterOf(page, '[data-tool="video-call"]')).toLowerCase());
    await page.waitForSelector('.panel');
    expect(await axeViolations(page), 'axe with a panel open').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.panel', { state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

const agendaKeys = (page: Page) => page.$$eval('.ws-agenda-list > li', (els) => els.map((e) => e.getAttribute('data-key')));
/** A plan page's items as locale-free paths ("scenarios/x/"). */
const planItems = (page: Page) => page.$$eval('.plan-agenda a', (els) => els.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/(en|zh-cn)\//, '')));
const MODULES = ['friend-impersonation', 'mini-program-scams', 'verify-before-you-pay', 'after-a-scam', 'new-faces'];

describe('plans in a bilingual room', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    it(`${locale}: each preset builds the plan its guide lists`, async () => {
      const { page, errors, context } = await openPage({ width: 1280, height: 900 });
      // What each guide lists, read from its built page (static HTML: no script draws it). axe on the guides: the
      // page pass (every page) and, at 1280 px, the table-of-contents test below.
      const guide: Record<string, string[]> = {};
      for (const module of MODULES) {
        const html = parseHtml(readFileSync(join(root, 'dist', locale, 'instructors', module, 'index.html'), 'utf8'));
        for (const minutes of [45, 90]) {
          guide[`${module}-${minutes}`] = html.querySelectorAll(`[data-guide-plan="${minutes}"] li[data-item]`).map((e) => e.getAttribute('data-item')!);
          expect(guide[`${module}-${minutes}`]!.length, `${module} ${minutes}`).toBeGreaterThan(2);
        }
      }
      await page.goto(`${site.base}${locale}/workshop/`);
      await page.waitForSelector('[data-preset]');
      const presets = await page.$$eval('[data-preset]', (els) => els.map((e) => e.getAttribute('data-preset')!));
      expect(presets.sort()).toEqual(Object.keys(guide).sort());
      for (const id of presets) {
        await page.click(`[data-preset="${id}"]`);
        await expect.poll(() => agendaKeys(page)).toEqual(guide[id]);
        // A plan's link and QR hold no language (the next test opens one link in both): read each QR once.
        if (locale !== 'en') continue;
        const { text, modules } = await decodeQr(page, '.ws-share svg.ws-qr', 120);
        expect(text, `${id}: jsQR reads the QR at 120 px`).toBe(await page.$eval('[data-short-link]', (e) => `http://${e.textContent}`));
        expect((modules - 8 - 17) / 4, `${id}: QR version`).toBeLessThanOrEqual(6);
      }
      // A guide's "open in the builder" link starts from the same plan.
      await page.goto(`${site.base}${locale}/workshop/?preset=new-faces-90`);
      await expect.poll(() => agendaKeys(page)).toEqual(guide['new-faces-90']);
      expect(await axeViolations(page), 'axe on the builder with a preset').toEqual([]);

      // The full-screen QR for the projector: most of the screen, the short link under it; Escape closes it.
      await page.click('[data-action="qr-full"]');
      await page.waitForSelector('.ws-qr-dialog[open]');
      const qr = await page.$eval('.ws-qr-dialog svg.ws-qr', (e) => e.getBoundingClientRect().height);
      expect(qr).toBeGreaterThanOrEqual(0.6 * 900);
      expect(await axeViolations(page), 'axe on the full-screen QR').toEqual([]);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.ws-qr-dialog[open]', { state: 'detached' });
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it('one short link opens the same plan in each learner\'s language; the switch keeps it; items carry back/next', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${site.base}en/workshop/?preset=friend-impersonation-45`);
    await page.fill('#ws-title', 'Tuesday club');
    const link = await page.locator('#ws-link').inputValue();
    const short = link.split('&')[0]!;
    expect(short).toBe(`${site.base}?plan=${new URL(link).searchParams.get('plan')}`);
    await context.close();

    const b = await launch();
    const seen: Record<string, string[]> = {};
    for (const [lang, locale] of [['en-US', 'en'], ['zh-CN', 'zh-cn']] as const) {
      const learner = await b.newContext({ locale: lang, reducedMotion: 'reduce' });
      const p = await learner.newPage();
      const pageErrors: string[] = [];
      p.on('pageerror', (e) => pageErrors.push(e.message));
      await p.goto(link);
      await p.waitForURL(new RegExp(`/${locale}/workshop/\\?plan=`));
      await p.waitForSelector('.plan-agenda a');
      expect(await p.locator('h1').innerText()).toBe('Tuesday club');
      seen[locale] = await planItems(p);
      expect(await axeViolations(p), `axe on the plan page (${locale})`).toEqual([]);

      // The language switch keeps the plan.
      const other = locale === 'en' ? 'zh-cn' : 'en';
      await p.click(`a[data-vf-lang="${other}"]`);
      await p.waitForURL(new RegExp(`/${other}/workshop/\\?plan=`));
      await p.waitForSelector('.plan-agenda a');
      expect(await planItems(p)).toEqual(seen[locale]);
      expect(await p.locator('h1').innerText()).toBe('Tuesday club');

      // An item opened from the plan shows where it is in the plan, the way back and the next item.
      await p.click('.plan-step a.btn');
      await p.waitForSelector('.plan-bar');
      const bar = await p.locator('.plan-bar').innerText();
      expect(bar).toContain(other === 'en' ? 'Item 1 of 4' : '第1项，共4项');
      expect(await axeViolations(p), `axe on an item with the plan bar (${other})`).toEqual([]);
      const next = p.locator('.plan-bar a.btn:not(.secondary)');
      expect(new URL(await next.getAttribute('href') ?? '', p.url()).pathname.replace(/^\/(en|zh-cn)\//, '')).toBe(seen[locale]![1]);
      await next.click();
      await p.waitForSelector('.plan-bar');
      expect(await p.locator('.plan-bar').innerText()).toContain(other === 'en' ? 'Item 2 of 4' : '第2项，共4项');
      await p.click('.plan-bar a.secondary');
      await p.waitForSelector('.plan-agenda a');
      expect(await p.locator('#plan-step-heading').innerText()).toBe(other === 'en' ? 'Item 2 of 4' : '第2项，共4项');
      expect(pageErrors).toEqual([]);
      await learner.close();
    }
    expect(seen.en).toEqual(seen['zh-cn']);
    expect(seen.en).toHaveLength(4);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('paper and the guide at a laptop', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    it(`${locale}: the guide has a table of contents, sticky beside the text at 1280 px, linking every section`, async () => {
      const { page, errors, context } = await openPage({ width: 1280, height: 800 });
      await page.goto(`${site.base}${locale}/instructors/friend-impersonation/`);
      const toc = page.locator('nav.guide-toc');
      await toc.waitFor();
      const targets = await toc.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      // Every section of the guide's text and its plans box (the sources list at the end is not a section).
      const sections = await page.$$eval('article.guide h2[id]:not(#sources-heading)', (els) => els.map((e) => e.id));
      expect(targets.length).toBeGreaterThan(4);
      expect(targets).toEqual(sections);
      const text = await page.$eval('article.guide', (e) => e.getBoundingClientRect().toJSON());
      const nav = await toc.evaluate((e) => e.getBoundingClientRect().toJSON());
      expect(nav.left, 'beside the text').toBeGreaterThanOrEqual(text.right);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      expect(await toc.evaluate((e) => e.getBoundingClientRect().top), 'still on screen halfway down').toBeGreaterThanOrEqual(0);
      expect(await toc.isVisible()).toBe(true);
      expect(await axeViolations(page), 'axe on the guide with its contents').toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await toc.isVisible(), 'not printed').toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
