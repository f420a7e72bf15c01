// Playing a scenario page through its phone-like chat with the keyboard, for the scenario tests: each engine action
// done where a real messenger puts it (replies, header calls, the "…" menu, "+"), reached by Tab alone or by focusing
// the real control, then waiting for the chat to settle. The scenario pages and their scenarios, read from content/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { Action, Scenario } from '../../src/engine/scenario';
import { scenarioSchema } from '../../src/schemas/scenario';
import { htmlPages, openPage, root, type Site } from './helpers';
import { revision, settled } from './chat-driver';
import { tabTo } from './keyboard';

export { revision, settled };

const contentDir = process.env.VF_CONTENT_DIR ?? join(root, 'content');
export const pages = htmlPages().flatMap((path) => {
  const m = /^(en|zh-cn)\/scenarios\/([a-z0-9-]+)\/$/.exec(path);
  return m ? [{ path, locale: m[1]!, id: m[2]! }] : [];
});
const loadScenario = (id: string): Scenario =>
  scenarioSchema.parse(parse(readFileSync(join(contentDir, 'scenarios', `${id}.yaml`), 'utf8')));
export const ids = [...new Set(pages.map((p) => p.id))];
export const scenarios = new Map(ids.map((id) => [id, loadScenario(id)]));

export const opened = (page: Page) => page.waitForSelector('.messenger[data-pending="false"]');
const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Reach an element and press a key on it: by Tab alone, or (fast) by focusing the real control. */
type Reach = (page: Page, selector: string) => Promise<void>;
export const byTab: Reach = tabTo;
export const byFocus: Reach = async (page, selector) => { await page.locator(selector).first().focus(); };

/** Flag a message the way a keyboard user does: into the transcript, arrows to it, Enter, Enter on "Flag". */
async function flagMessage(page: Page, id: string, reach: Reach): Promise<void> {
  await reach(page, '.transcript [data-menu][tabindex="0"]');
  // The arrow keys move one message at a time: count the steps, press them, and check where focus is.
  const steps = await page.evaluate((target) => {
    const all = [...document.querySelectorAll('.transcript [data-menu]')];
    return all.findIndex((e) => e.getAttribute('data-msg') === target) - all.indexOf(document.activeElement!);
  }, id);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps < 0 ? 'ArrowUp' : 'ArrowDown');
  expect(await focusedMatches(page, `[data-msg="${id}"]`), `the arrow keys reach message ${id}`).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#vf-msg-menu [data-action="flag"]:focus');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-msg="${id}"].is-flagged`);
  expect(await focusedMatches(page, `[data-msg="${id}"]`), 'focus returns to the message').toBe(true);
}

/** Flag every visible, unflagged message that shows a red flag. */
export async function flagRedFlags(page: Page, redFlagMessages: Set<string>, reach: Reach): Promise<void> {
  const visible = await page.$$eval('.transcript [data-menu]:not(.is-flagged)', (els) => els.map((e) => e.getAttribute('data-msg')!));
  for (const id of visible.filter((x) => redFlagMessages.has(x))) await flagMessage(page, id, reach);
}

const HEADER_TOOLS = new Set(['video-call', 'call-known-number']);
const MENU_TOOLS = new Set(['report', 'block']);

/** Open a tool where a real messenger has it: header calls, "…" menu, a reply chip, the contact name, or "+". */
async function openTool(page: Page, tool: string, reach: Reach): Promise<void> {
  if (HEADER_TOOLS.has(tool)) return press(page, `.chat-header [data-tool="${tool}"]`, reach);
  if (MENU_TOOLS.has(tool)) {
    await press(page, '[data-action="more"]', reach);
    await page.waitForSelector('#vf-more-menu [role="menuitem"]:focus');
    await page.locator(`#vf-more-menu [data-tool="${tool}"]`).focus();
    return page.keyboard.press('Enter');
  }
  if (tool === 'private-question') return press(page, `.chips [data-tool="${tool}"]`, reach);
  if (tool === 'profile-card' && await page.$('.chat-header [data-action="profile"]')) return press(page, '[data-action="profile"]', reach);
  await press(page, '[data-action="plus"]', reach);
  await press(page, `#vf-plus [data-tool="${tool}"]`, reach);
}

export async function press(page: Page, selector: string, reach: Reach, key = 'Enter'): Promise<void> {
  await reach(page, selector);
  await page.keyboard.press(key);
}

/** Do one engine action through the UI with the keyboard, and wait for the chat to settle. */
export async function perform(page: Page, action: Action, reach: Reach): Promise<void> {
  if (action.type === 'reveal' || action.type === 'skip' || action.type === 'flag' || action.type === 'unflag') return;
  const before = await revision(page);
  switch (action.type) {
    case 'choose': await press(page, `[data-choice="${action.choice}"]`, reach); break;
    case 'tool': await openTool(page, action.tool, reach); break;
    case 'close': {
      // Escape closes the panel, and focus returns to what opened it (or the reply area, if that is gone).
      await page.keyboard.press('Escape');
      await settled(page, before);
      expect(await page.evaluate(() => document.activeElement?.tagName), 'Escape does not drop focus to <body>').not.toBe('BODY');
      return;
    }
    case 'cancel-transfer': await press(page, '[data-action="cancel"]', reach); break;
    case 'verify-name':
      await reach(page, '#vf-verify-name');
      await page.keyboard.type(action.name);
      await page.keyboard.press('Enter');
      break;
    case 'confirm-transfer':
      if (action.delayed) {
        // Delayed arrival is a payment setting, not a tick box on the transfer.
        await press(page, '[data-action="settings"]', reach);
        // A radio group is one Tab stop (its checked option); the arrow keys choose within it.
        await reach(page, 'input[name="vf-arrival"]:checked');
        for (let i = 0; i < 3 && !(await page.isChecked('[data-arrival-option="2h"]')); i++) await page.keyboard.press('ArrowDown');
        expect(await page.isChecked('[data-arrival-option="2h"]'), 'arrival in 2 hours chosen by keyboard').toBe(true);
        await press(page, '[data-action="settings-done"]', reach);
      }
      await press(page, '[data-action="continue"]', reach);
      await press(page, '[data-action="pay"]', reach);
      break;
    default: throw new Error(`no UI for ${(action as Action).type}`);
  }
  await settled(page, before);
}

export async function openScenario(site: Site, path: string, options: Parameters<typeof openPage>[0] = {}, init?: (page: Page) => Promise<unknown>) {
  const watched = await openPage({ width: 390, height: 844, ...options });
  if (init) await init(watched.page);
  await watched.page.goto(site.base + path);
  await opened(watched.page);
  return watched;
}
