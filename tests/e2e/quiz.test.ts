// Quizzes in a real browser: keyboard-only answering, score saved to progress, exam mode, no-JS reading, axe in use.
// (axe as a quiz loads, 320 px with large text and the byte budgets are checked for every quiz page in tests/e2e/page-pass.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, openPage, serve, type Site } from './helpers';
import { tabTo } from './keyboard';
import { courseModules } from '../support/course';

let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

const quizzes = courseModules().flatMap((m) => m.quizzes);
/** One quiz per locale, so both languages and two different quizzes are exercised. */
const cases = [['en', quizzes[0]!], ['zh-cn', quizzes[quizzes.length - 1]!]] as const;

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName.toLowerCase(), id: el?.id ?? '', text: el?.textContent?.trim() ?? '', value: (el as HTMLInputElement | null)?.value ?? '' };
});

/** Answer the question `id` correctly with the keyboard alone, starting from anywhere before it. */
async function answerByKeyboard(page: Page, id: string): Promise<void> {
  const q = page.locator(`[data-question="${id}"]`);
  const type = await q.getAttribute('data-type');
  const inQ = `[data-question="${id}"]`;
  if (type === 'order') {
    const ranks = await q.locator('[data-step]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.rank)));
    for (let target = 0; target < ranks.length; target++) {
      const order = await q.locator('[data-step]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.rank)));
      let at = order.indexOf(target);
      if (at === target) continue;
      const stepId = await q.locator('[data-step]').nth(at).getAttribute('data-step');
      await tabTo(page, `${inQ} [data-step="${stepId}"] [data-move="-1"]`);
      // Focus follows the moved step, so Enter keeps moving the same step up.
      while (at > target) { await page.keyboard.press('Enter'); at--; }
    }
  } else if (type === 'multi' || type === 'spot') {
    const boxes = await q.locator('[data-option]').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.option!, correct: e.hasAttribute('data-correct') })));
    for (const box of boxes.filter((b) => b.correct)) {
      await tabTo(page, `${inQ} input[value="${box.id}"]`);
      await page.keyboard.press('Space');
    }
  } else {
    const right = await q.locator('[data-option][data-correct] input').getAttribute('value');
    await tabTo(page, `${inQ} input`);
    // Arrow keys move through a radio group, choosing as they go.
    for (let i = 0; i < 6 && (await focused(page)).value !== right; i++) await page.keyboard.press('ArrowDown');
    expect((await focused(page)).value).toBe(right);
    await page.keyboard.press('Space'); // selects the focused radio if Tab landed on the right one
  }
  await tabTo(page, `${inQ} [data-check]`);
  await page.keyboard.press('Enter');
  await expect(focused(page)).resolves.toMatchObject({ tag: 'button' });
  expect(await q.locator('[data-next]').evaluate((el) => el === document.activeElement)).toBe(true);
  await expect(q.locator('.quiz-explanation').isVisible()).resolves.toBe(true);
}

describe.each(cases)('a quiz in %s (%s)', (locale, quizId) => {
  it('is answered with the keyboard alone, scores 100 %, and the best score shows on the progress page', async () => {
    const { page, context, errors } = await openPage({ width: 390 });
    await page.goto(`${site.base}${locale}/quizzes/${quizId}/`);
    await page.waitForSelector('vf-quiz[data-ready]'); // (axe on the quiz as it loads: the page pass)

    const ids = await page.locator('[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question!));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const [i, id] of ids.entries()) {
      await answerByKeyboard(page, id);
      if (i === 0) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter'); // "Next question": focus goes to the next question, or to Finish
      await page.waitForFunction(() => document.activeElement?.matches('.quiz-q h2, [data-finish]') ?? false);
    }
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button' });
    expect(await page.locator('[data-finish]').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'quiz-results');
    await expect(page.locator('[data-score]').textContent()).resolves.toContain('100%');
    await expect(page.locator('[data-best]').textContent()).resolves.toContain('100%');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.goto(`${site.base}${locale}/progress/`);
    const row = page.locator('li', { has: page.locator(`a[href$="/quizzes/${quizId}/"]`) }).last();
    await expect.poll(() => row.textContent()).toMatch(/100\s*(%|分)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exam mode hides all feedback until the end', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}${locale}/quizzes/${quizId}/?mode=exam`);
    await page.waitForSelector('vf-quiz[data-ready]');
    await expect(page.locator('[data-exam]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-check]:visible').count()).resolves.toBe(0);
    const first = page.locator('[data-question]').first();
    const wrong = first.locator('[data-option]:not([data-correct]) input').first();
    if (await wrong.count()) await wrong.check();
    await expect(page.locator('.quiz-explanation:visible, .quiz-mark:visible').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-finish]').click();
    const total = await page.locator('[data-question]').count();
    await expect(page.locator('.quiz-explanation:visible').count()).resolves.toBe(total);
    await expect(page.locator('[data-results]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-breakdown] li').count()).resolves.toBe(total);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('quiz page', () => {
  const path = `en/quizzes/${quizzes[0]}/`;

  it('reads without JavaScript and says scoring needs it', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site.base}${path}`);
    await expect(page.locator('noscript').first().textContent()).resolves.toContain('Scoring needs JavaScript');
    const legends = await page.locator('legend').allTextContents();
    expect(legends.length).toBeGreaterThanOrEqual(8);
    expect(legends.every((text) => text.trim().length > 0)).toBe(true);
    await expect(page.locator('vf-quiz input:not([disabled]):visible, vf-quiz button:not([disabled]):visible').count()).resolves.toBe(0);
    await expect(page.locator('.quiz-explanation:visible').count()).resolves.toBe(0);
    await context.close();
  });

  it('retries in a new order with answers cleared', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}${path}`);
    await page.waitForSelector('vf-quiz[data-ready]');
    const order = () => page.locator('[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question));
    const before = await order();
    await page.locator('[data-question] input').first().check();
    await page.locator('[data-finish]').click();
    await page.locator('[data-retry]').click();
    await expect(page.locator('[data-results]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-question] input:checked').count()).resolves.toBe(0);
    expect(await order()).not.toEqual(before);
    await context.close();
  });

  it('asks for an answer before checking a single-choice question', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.base}${path}`);
    await page.waitForSelector('vf-quiz[data-ready]');
    const q = page.locator('[data-type="single"], [data-type="true-false"], [data-type="judgement"]').first();
    await q.locator('[data-check]').click();
    await expect(q.locator('.quiz-nudge').isVisible()).resolves.toBe(true);
    await expect(q.locator('.quiz-explanation').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
