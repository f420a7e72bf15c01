// A learner flow shared by the offline and LMS tests: pass a quiz (playing a scenario is ./chat-driver.ts). It works
// on a page or on a frame (an LMS shows the course inside one).
import type { Frame, Page } from 'playwright-core';

type Where = Page | Frame;

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
