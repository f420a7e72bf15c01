// Learner flows shared by the offline and LMS tests: play a scenario to an ending, pass a quiz. They work on a
// page or on a frame (an LMS shows the course inside one).
import type { Frame, Page } from 'playwright-core';

type Where = Page | Frame;

/** Reply with the first choice; where only tools are offered, pay (that path ends the run). Returns the ending's text. */
export async function playToEnding(where: Where): Promise<string> {
  const first = (selector: string) => where.locator(selector).first();
  const visible = (selector: string) => first(selector).isVisible().catch(() => false);
  await where.locator('.messenger').waitFor();
  for (let step = 0; step < 150 && !(await where.locator('section.ending').count()); step++) {
    const next = ['.messenger button[data-action="pay"]', '.messenger button[data-action="continue"]', '.messenger button[data-action="close"]',
      '.messenger .choices button', '.messenger .tools button:has-text("Transfer money")', '.messenger .tools button:has-text("转账")',
      '.messenger .tools button:not([disabled])'];
    let clicked = false;
    for (const selector of next) {
      if (await visible(selector)) { await first(selector).click(); clicked = true; break; }
    }
    if (!clicked) {
      const skip = where.locator('.messenger button[data-action="skip"]').first();
      if (await skip.isVisible().catch(() => false)) await skip.click();
      else await where.locator('.messenger button:visible').first().waitFor({ timeout: 2000 }).catch(() => undefined);
    }
  }
  await where.locator('section.ending').waitFor();
  return (await where.locator('section.ending').textContent()) ?? '';
}

/** Answer every question of the quiz on screen correctly (the options carry data-correct), finish, return the score text. */
export async function passQuiz(where: Where): Promise<string> {
  await where.locator('vf-quiz[data-ready]').waitFor();
  const ids = await where.locator('[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question!));
  for (const id of ids) {
    const q = where.locator(`[data-question="${id}"]`);
    const type = await q.getAttribute('data-type');
    if (type === 'order') {
      const count = await q.locator('[data-step]').count();
      for (let target = 0; target < count; target++) {
        const ranks = await q.locator('[data-step]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.rank)));
        let at = ranks.indexOf(target);
        while (at > target) { await q.locator('[data-step]').nth(at).locator('[data-move="-1"]').click(); at--; }
      }
    } else {
      const inputs = q.locator('[data-option][data-correct] input');
      for (let i = 0; i < await inputs.count(); i++) await inputs.nth(i).check();
    }
    await q.locator('[data-check]').click();
    await q.locator('[data-next]').click();
  }
  await where.locator('[data-finish]').click();
  await where.locator('[data-score]').filter({ hasText: /\d/ }).waitFor();
  return (await where.locator('[data-score]').textContent()) ?? '';
}
