// Measured learning in a real browser: two learners (one in English, one in Chinese) take the check before, play a scenario (one flags a red flag, one
// does not), take it after and share; the class debrief shows "missed by 1 of 2", the split at the first decision and
// the class's before/after figures as the engine computes them from the same files; the 4-week refresher offers the
// other form (moved clock); the debrief reads a format-1 file and 200 files at once while the page keeps answering.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aggregate } from '../../src/engine/debrief';
import { buildResults, resultsToFile } from '../../src/engine/results';
import { act, enumeratePaths, start, view, type Action, type Scenario } from '../../src/engine/scenario';
import { playToEnding } from './chat-driver';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';
import { axeViolations, closeBrowser, openPage, root, serve, waitReady, type Site, type Watched } from './helpers';

let site: Site;
beforeAll(async () => { site = await serve({ outDir: process.env.VF_E2E_OUT_DIR }); });
afterAll(async () => { await closeBrowser(); await site.close(); });

const DAY = 86_400_000;
type Locale = 'en' | 'zh-cn';
/** A UI string as the site shows it, placeholders filled. */
const ui = (locale: Locale, key: keyof typeof en, params: Record<string, string> = {}) =>
  ((locale === 'en' ? en : zh) as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
const scenarioId = 'copied-account-hospital';
const scenario = parse(readFileSync(join(root, 'content/scenarios', `${scenarioId}.yaml`), 'utf8')) as Scenario;
const forms = Object.fromEntries(['a', 'b'].map((f) => [f, (parse(readFileSync(join(root, 'content/check', `${f}.yaml`), 'utf8')) as { items: { id: string; truth: string }[] }).items]));
/** The shortest way to an ending that takes a choice, and the first red-flag message met on it. */
const route = [...enumeratePaths(scenario).values()].find((path) => path.some((a) => a.type === 'choose'))!;
const firstChoice = (route.find((a) => a.type === 'choose') as Extract<Action, { type: 'choose' }>).choice;
const flagMessage = (() => {
  let s = start(scenario);
  for (const a of route) {
    s = act(scenario, s, a);
    const m = view(scenario, s).messages.find((x) => x.flaggable && x.message.redFlag);
    if (m) return { id: m.id, redFlag: m.message.redFlag!, after: route.indexOf(a) };
  }
  throw new Error('no red flag on the route');
})();

/** Answer the open form: `scamsRight` of the scams called scams, `genuineWrong` of the genuine items called scams. */
async function takeCheck(page: Page, locale: Locale, form: 'a' | 'b', scamsRight: number, genuineWrong: number): Promise<void> {
  await page.goto(`${site.base}${locale}/check/`);
  await waitReady(page); // a click on the server-rendered button before the check's code runs would do nothing
  await page.getByRole('button', { name: ui(locale, 'check.start', { form: form.toUpperCase() }) }).click();
  let scams = 0;
  let genuine = 0;
  for (const item of forms[form]!) {
    const scam = item.truth === 'scam';
    const sayScam = scam ? scams++ < scamsRight : genuine++ < genuineWrong;
    const li = page.locator(`[data-item="${item.id}"]`);
    await li.locator(`input[name="v-${item.id}"][value="${sayScam ? 'scam' : 'genuine'}"]`).check();
    await li.locator(`input[name="c-${item.id}"][value="sure"]`).check();
  }
  await page.getByRole('button', { name: ui(locale, 'check.submit') }).click();
  await page.getByRole('heading', { name: ui(locale, 'check.resultTitle') }).waitFor();
}

/** Flag a message through its menu (Enter on the message, then "Flag"). */
async function flag(page: Page, id: string): Promise<void> {
  await page.locator(`[data-msg="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await page.click('#vf-msg-menu [data-action="flag"]');
  await page.waitForSelector(`[data-msg="${id}"].is-flagged`);
}

/** Play the route through the chat UI, flagging the red-flag message when `flagIt` is set; wait until the run is saved. */
async function play(page: Page, locale: Locale, flagIt: boolean): Promise<void> {
  await page.goto(`${site.base}${locale}/scenarios/${scenarioId}/`);
  await playToEnding(page, scenarioId, { route, after: async (i) => { if (flagIt && i === flagMessage.after) await flag(page, flagMessage.id); } });
  await page.waitForFunction((id) => Boolean(JSON.parse(localStorage.getItem('vf:progress') ?? '{}').scenarios?.[id]), scenarioId);
}

/** The rows of the table under the chart captioned `caption` inside `scope`, as [label, value]. */
async function tableRows(page: Page, scope: string, caption: string | RegExp): Promise<string[][]> {
  const figure = page.locator(scope).locator('figure', { has: page.locator('figcaption', { hasText: caption }) }).first();
  return figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelector('td')!.textContent!.trim()]));
}

describe('discernment check and the class debrief', () => {
  const learners: Watched[] = [];
  const shared: { name: string; text: string }[] = [];

  it('two learners take the check before and after a scenario and share their results', async () => {
    // A retry starts from no learners and nothing shared (the next test reads exactly these two).
    for (const w of learners.splice(0)) await w.context.close();
    shared.length = 0;
    // Learner 1 in English flags the red flag; learner 2 in Chinese misses it.
    for (const [n, flag, locale] of [[0, true, 'en'], [1, false, 'zh-cn']] as const) {
      const w = await openPage();
      learners.push(w);
      await takeCheck(w.page, locale, 'a', 3 + n, 2);
      await play(w.page, locale, flag);
      await w.page.goto(`${site.base}${locale}/check/`);
      // The check says it is the "after" one once it has read progress (its code runs after the page loads).
      await expect.poll(() => w.page.getByText(ui(locale, 'check.intro.after')).count()).toBe(1);
      await takeCheck(w.page, locale, 'b', 6, n === 0 ? 1 : 4);
      await expect(w.page.locator('.ck-reading').getAttribute('data-change')).resolves.toBe(n === 0 ? 'better' : 'warier');
      await expect(w.page.locator('.ck-table tbody tr').count()).resolves.toBe(2); // before and after, side by side
      await w.page.goto(`${site.base}${locale}/progress/`);
      await w.page.locator('.share-results').scrollIntoViewIfNeeded(); // the share card loads when it comes into view
      await w.page.getByRole('button', { name: ui(locale, 'share.save') }).waitFor();
      if (n === 0) {
        await w.page.getByLabel(ui(locale, 'share.nickname')).fill('Mei');
        const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: ui(locale, 'share.save') }).click()]);
        shared.push({ name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') });
      } else {
        await w.page.getByRole('button', { name: ui(locale, 'share.showCode') }).click();
        shared.push({ name: 'code 1', text: await w.page.getByLabel(ui(locale, 'share.code')).inputValue() });
      }
      await w.page.locator('.check-progress').scrollIntoViewIfNeeded();
      await expect.poll(() => w.page.locator('.check-progress .ck-table tbody tr').count()).toBe(2);
      expect(w.errors).toEqual([]);
    }
    expect(shared[0]!.text).not.toMatch(/20\d\d-/); // no dates leave the browser
    expect(shared[0]!.text).not.toContain('scam-sure'); // nor the answers, only counts
  }, 600_000);

  it('the debrief shows missed by 1 of 2, the split at the first decision and the class figures the engine computes', async () => {
    const engine = aggregate(shared);
    const figures = engine.check.afterVsBefore;
    expect(figures.learners).toBe(2);
    for (const locale of ['en', 'zh-cn'] as const) {
      const { page, context, errors } = await openPage();
      await page.goto(`${site.base}${locale}/instructors/debrief/`);
      await waitReady(page); // its buttons do nothing until the debrief's code has run
      await page.locator('#db-files').setInputFiles([{ name: shared[0]!.name, mimeType: 'application/json', buffer: Buffer.from(shared[0]!.text) }]);
      await page.locator('#db-codes').fill(shared[1]!.text);
      await page.locator('.db .ws-actions .btn').first().click();
      await expect.poll(() => page.locator('.db-status').innerText()).toBe(locale === 'en' ? 'Results from 2 learners.' : '已汇总2位学员的结果。');
      const s = `article[aria-labelledby="db-s-${scenarioId}"]`;
      const flags = await tableRows(page, s, locale === 'en' ? 'Red flags most missed' : /危险信号/);
      expect(flags.find((r) => r[1]!.includes(locale === 'en' ? 'missed by 1 of 2 who saw it' : '看到的2人中有1人没标出'))).toBeTruthy();
      const decision = await tableRows(page, s, locale === 'en' ? 'Decision 1' : '决定点1');
      expect(decision.length).toBeGreaterThan(1);
      expect(decision.filter((r) => r[1] === (locale === 'en' ? '2 of 2' : '2人中2人')).length).toBe(1);
      const cells = (measure: string) => page.locator(`.db-check-table tr[data-measure="${measure}"] td`).allInnerTexts();
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      await expect(cells('hit-rate')).resolves.toEqual([pct(figures.before!.hitRate), pct(figures.after!.hitRate)]);
      await expect(cells('false-alarm-rate')).resolves.toEqual([pct(figures.before!.falseAlarmRate), pct(figures.after!.falseAlarmRate)]);
      await expect(cells('d-prime')).resolves.toEqual([figures.before!.dPrime.toFixed(2), figures.after!.dPrime.toFixed(2)]);
      await expect(page.locator('[data-warier]').getAttribute('data-warier')).resolves.toBe(String(figures.warier));
      expect(figures.warier).toBe(1);
      // "Show as table" swaps the chart for its table.
      const figure = page.locator(s).locator('figure').first();
      await figure.getByRole('button').click();
      await expect(figure.locator('table').isVisible()).resolves.toBe(true);
      await expect(figure.locator('svg').isVisible()).resolves.toBe(false);
      if (locale === 'en') await expect(axeViolations(page)).resolves.toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
    // The first decision's split is the engine's too: both learners took the route's first choice.
    expect(engine.scenarios.find((x) => x.id === scenarioId)!.choices.find((c) => c.id === firstChoice)!.count).toBe(2);
  }, 300_000);

  it('offers the other form when the 28-day refresher is due (moved clock)', async () => {
    const { page } = learners[0]!;
    await page.goto(`${site.base}en/check/`);
    await expect(page.getByText('Your four-week refresher check is due on').count()).resolves.toBe(1);
    await page.clock.install({ time: Date.now() + 29 * DAY });
    await page.goto(`${site.base}en/check/`);
    await expect(page.getByRole('button', { name: 'Start form A' }).count()).resolves.toBe(1);
    await expect(page.getByText('your refresher check is due').count()).resolves.toBe(1);
    for (const w of learners) await w.context.close();
  });

  it('reads a format-1 results file, explains a progress backup, and reads 200 files at once while the page answers input', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}en/instructors/debrief/`);
    await waitReady(page); // input is timed while the debrief reads, so it must be running
    const old = readFileSync(join(root, 'tests/fixtures/results/v1-results.json'));
    const backup = Buffer.from(JSON.stringify({ v: 2, lessons: {}, scenarios: {}, quizzes: {}, exportedAt: '2026-11-30T10:00:00.000Z' }));
    await page.locator('#db-files').setInputFiles([
      { name: 'old.json', mimeType: 'application/json', buffer: old },
      { name: 'verify-first-progress-2026-11-30.json', mimeType: 'application/json', buffer: backup },
    ]);
    await expect.poll(() => page.locator('.db-status').innerText()).toBe('Results from 1 learner.');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('verify-first-progress-2026-11-30.json: this is a progress backup, not shared results. Ask the learner to open My progress and use “Share results with my instructor”');

    const many = Array.from({ length: 200 }, (_, i) => ({
      name: `learner-${i}.json`, mimeType: 'application/json',
      buffer: Buffer.from(resultsToFile(buildResults({
        lessons: {}, quizzes: {},
        scenarios: { [scenarioId]: { last: { ending: scenario.endings[0]!.id, outcome: i % 2 ? 'safe' : 'lost', score: i % 101, caught: i % 3 ? [flagMessage.redFlag] : [], missed: i % 3 ? [] : [flagMessage.redFlag], path: [firstChoice] } } },
      }, { id: `gen${i}`, check: [{ stage: 'before', form: 'a', hits: i % 8, misses: 7 - (i % 8), falseAlarms: 1, correctRejections: 6 }, { stage: 'after', form: 'b', hits: 7, misses: 0, falseAlarms: i % 2, correctRejections: 7 - (i % 2) }] }))),
    }));
    await page.locator('#db-files').setInputFiles(many);
    // The page keeps answering input while it reads: typing lands in the codes field.
    await page.locator('#db-codes').pressSequentially('still here');
    await expect(page.locator('#db-codes').inputValue()).resolves.toBe('still here');
    await expect.poll(() => page.locator('.db-status').innerText(), { timeout: 60_000 }).toBe('Results from 201 learners.');
    const s = `article[aria-labelledby="db-s-${scenarioId}"]`;
    const flags = await tableRows(page, s, 'Red flags most missed');
    expect(flags.find((r) => r[1]!.startsWith('missed by 67 of 200'))).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });
});
