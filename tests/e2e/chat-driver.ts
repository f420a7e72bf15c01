// Plays a scenario through the phone-like chat by clicking what a learner taps, following a route the engine
// computed (src/engine/scenario-paths.ts), so a test never guesses at buttons. Works on a page or on a frame
// (an LMS shows the course inside one). The keyboard-only walks live in scenario-play.ts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { parse } from 'yaml';
import { enumeratePaths, type Action, type Scenario } from '../../src/engine/scenario';
import { root } from './helpers';

export type Where = Page | Frame;

const contentDir = () => process.env.VF_CONTENT_DIR ?? join(root, 'content');

/** A scenario as the site was built from it (or from the YAML file at `file`, relative to the project). */
export function loadScenario(id: string, file = join(contentDir(), 'scenarios', `${id}.yaml`)): Scenario {
  return parse(readFileSync(resolve(root, file), 'utf8')) as Scenario;
}

/** The shortest route (fewest actions) to some ending of the scenario. */
export function shortestRoute(scenario: Scenario): Action[] {
  return [...enumeratePaths(scenario).values()].reduce((a, b) => (b.length < a.length ? b : a));
}

/** The chat's revision: it goes up with every change to the run. */
export const revision = (where: Where) => where.$eval('.messenger', (el) => Number(el.getAttribute('data-revision')));

/** Wait until the chat has changed since `before` and has revealed everything up to the next decision or ending. */
export async function settled(where: Where, before: number): Promise<void> {
  await where.waitForFunction((b) => {
    const el = document.querySelector('.messenger');
    return Number(el?.getAttribute('data-revision')) > b && el?.getAttribute('data-pending') === 'false';
  }, before);
}

/** Open a tool where a real messenger has it: header calls, the "…" menu, a reply chip, the contact name, or "+". */
export async function openTool(where: Where, tool: string): Promise<void> {
  if (tool === 'video-call' || tool === 'call-known-number') return where.click(`.chat-header [data-tool="${tool}"]`);
  if (tool === 'report' || tool === 'block') { await where.click('[data-action="more"]'); return where.click(`#vf-more-menu [data-tool="${tool}"]`); }
  if (await where.$(`.chips [data-tool="${tool}"]`)) return where.click(`.chips [data-tool="${tool}"]`);
  if (tool === 'profile-card' && await where.$('.chat-header [data-action="profile"]')) return where.click('.chat-header [data-action="profile"]');
  await where.click('[data-action="plus"]');
  return where.click(`#vf-plus [data-tool="${tool}"]`);
}

/** Do one engine action by tapping, and wait for the chat to settle. Pacing (reveal, skip) is the chat's own job. */
export async function perform(where: Where, action: Action): Promise<void> {
  if (action.type === 'reveal' || action.type === 'skip' || action.type === 'flag' || action.type === 'unflag') return;
  const before = await revision(where);
  switch (action.type) {
    case 'choose': await where.click(`[data-choice="${action.choice}"]`); break;
    case 'tool': await openTool(where, action.tool); break;
    case 'close': await where.click('[data-action="close"]'); break;
    case 'cancel-transfer': await where.click('[data-action="cancel"]'); break;
    case 'verify-name': await where.fill('#vf-verify-name', action.name); await where.press('#vf-verify-name', 'Enter'); break;
    case 'confirm-transfer':
      if (action.delayed) {
        await where.click('[data-action="settings"]');
        await where.click('[data-arrival-option="2h"]');
        await where.click('[data-action="settings-done"]');
      }
      await where.click('[data-action="continue"]');
      await where.click('[data-action="pay"]');
      break;
    default: throw new Error(`no UI for ${(action as Action).type}`);
  }
  await settled(where, before);
}

/**
 * Play the open scenario page along `route` (default: its shortest route) until its ending shows; `after(i)` runs
 * after action i (e.g. to flag a message). Returns the ending's text.
 */
export async function playToEnding(where: Where, scenarioId: string, options: { route?: Action[]; scenario?: Scenario; after?: (i: number) => Promise<void> } = {}): Promise<string> {
  const route = options.route ?? shortestRoute(options.scenario ?? loadScenario(scenarioId));
  await where.waitForSelector('.messenger[data-pending="false"]');
  for (const [i, action] of route.entries()) {
    await perform(where, action);
    await options.after?.(i);
  }
  const ending = where.locator('section.ending');
  await ending.waitFor();
  return (await ending.textContent()) ?? '';
}
