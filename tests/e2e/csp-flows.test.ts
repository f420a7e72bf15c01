// No Content-Security-Policy violation while people use the interactive parts: playing a scenario,
// taking a quiz, searching and building a workshop plan. A planted inline script proves the detector works.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, serve, type Site } from './helpers';

let site: Site;
beforeAll(async () => { site = await serve(); });
afterAll(async () => { await closeBrowser(); await site.close(); });

const RECORD = "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));";
const violations = (page: Page) => page.evaluate('window.__csp') as Promise<string[]>;

async function start(path: string) {
  const watched = await openPage();
  await watched.context.addInitScript({ content: RECORD });
  await watched.page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
  return watched;
}

describe('no CSP violations in use', () => {
  it('the detector catches an inline script the policy does not allow', async () => {
    const { page, context } = await start('en/');
    await page.addScriptTag({ content: 'window.__ran = true;' }).catch(() => {});
    await expect.poll(() => violations(page)).not.toEqual([]);
    expect(await page.evaluate('window.__ran === true')).toBe(false);
    await context.close();
  });

  it('playing a scenario to its end', async () => {
    const { page, context, errors } = await start('en/scenarios/copied-account-hospital/');
    // Reply with the first choice; where a step offers only tools, open "+", the transfer screen and pay
    // (that path ends the run). Panels, the transfer screen and the ending load code and data on first use.
    const first = (selector: string) => page.locator(selector).first();
    const visible = (selector: string) => first(selector).isVisible().catch(() => false);
    for (let step = 0; step < 120 && !(await page.locator('section.ending').count()); step++) {
      const next = ['.messenger button[data-action="pay"]', '.messenger button[data-action="continue"]', '.messenger button[data-action="close"]',
        '.messenger .chips button[data-choice]', '#vf-plus button:has-text("Transfer money")', '#vf-plus button',
        '.messenger button[data-action="plus"]:not([disabled])'];
      let clicked = false;
      for (const selector of next) {
        if (await visible(selector)) { await first(selector).click(); clicked = true; break; }
      }
      if (!clicked) {
        const skip = page.getByRole('button', { name: 'Skip animation' });
        if (await skip.isVisible().catch(() => false)) await skip.click();
        else await page.waitForTimeout(100);
      }
    }
    await page.locator('section.ending').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('taking a quiz', async () => {
    const { page, context, errors } = await start('zh-cn/quizzes/friend-impersonation-quiz/');
    const first = page.locator('[data-question]').first();
    await first.locator('input').first().check();
    await first.locator('[data-check]').click();
    await first.locator('[data-next]').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searching', async () => {
    const { page, context, errors } = await start('zh-cn/search/?q=转账');
    await page.locator('a.result-title').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('building a workshop plan', async () => {
    const { page, context, errors } = await start('en/workshop/');
    await page.locator('.ws-modules input[type="checkbox"]').first().check();
    await page.locator('svg.ws-qr').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
