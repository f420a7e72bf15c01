// The per-scenario browser pass, split across files by scenario (scenarios-N.test.ts) so they run side by side: per
// scenario and language, the best path with the Tab key alone (every red flag flagged through the message menu,
// score 100, the run recorded; axe mid-play and at the ending in English; at the start it is the page pass's); and in one language per
// scenario (alternating), every ending by keyboard through replies, header calls, menus and "+", in one page,
// starting over with the ending's "Try again".
import { describe, expect, it } from 'vitest';
import { bestPath, enumeratePaths } from '../../src/engine/scenario';
import { axeViolations, serveForTests } from './helpers';
import { byFocus, byTab, flagRedFlags, ids, openScenario, pages, perform, press, revision, scenarios, settled } from './scenario-play';

/** The language every ending of a scenario is played in: the course's scenarios alternate, English first. */
const endingsLocale = (id: string): string => (ids.indexOf(id) % 2 === 0 ? 'en' : 'zh-cn');

/** Define the tests of the scenarios at positions `shard`, `shard + shards`, … of the course's scenario list. */
export function scenarioPass(shard: number, shards: number): void {
  const site = serveForTests();
  describe(`scenario pages, part ${shard + 1} of ${shards}`, () => {
    for (const { path, locale, id } of pages.filter((p) => ids.indexOf(p.id) % shards === shard)) {
      describe(`${id} (${locale})`, () => {
        const scenario = scenarios.get(id)!;
        const best = bestPath(scenario)!;
        const redFlagMessages = new Set(Object.values(scenario.nodes).flatMap((n) => (n.messages ?? []).filter((m) => m.redFlag).map((m) => m.id)));

        it('plays the best path with the Tab key alone, flags every red flag through the message menu, and scores 100', { timeout: 600_000 }, async () => {
          // axe on the chat as it opens is the page pass's (every page); here mid-play and at the ending.
          const { page, errors, context } = await openScenario(site, path);
          const steps = best.actions.filter((a) => a.type !== 'flag');
          for (const [i, action] of steps.entries()) {
            await flagRedFlags(page, redFlagMessages, byTab);
            await perform(page, action, byTab);
            if (locale === 'en' && i === Math.floor(steps.length / 2)) expect(await axeViolations(page), 'axe mid-play').toEqual([]);
          }
          const ending = await page.waitForSelector(`[data-ending="${best.ending}"]`);
          expect(await page.evaluate(() => document.activeElement?.id), 'focus moves to the ending heading').toBe('vf-ending-title');
          expect(await page.textContent('.chat-announce'), 'the ending is announced').toContain(await page.textContent('.ending-title'));
          expect(await ending.$eval('.score-line', (e) => e.textContent)).toMatch(/100/);
          const listed = await ending.$$eval('[data-red-flag]', (els) => els.map((e) => e.getAttribute('data-state')));
          expect(listed.every((s) => s === 'caught'), 'every red flag shown was flagged').toBe(true);
          if (locale === 'en') {
            await press(page, '[data-action="full-debrief"]', byTab);
            expect(await axeViolations(page), 'axe at the ending, debrief open').toEqual([]);
          }
          const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('vf:progress') ?? '{}'));
          expect(progress.scenarios?.[id]?.last, 'the run is recorded in the progress store').toMatchObject({ ending: best.ending, missed: [] });
          expect(errors).toEqual([]);
          await context.close();
        });

        // Which ending a route reaches is the engine's rule (unit-tested, and every route played in content tests);
        // what the browser proves is that every control on every route works from the keyboard. The controls and
        // their keys are the same components in both languages (the Tab-only best path above runs in each), so every
        // ending is played in one language: English for the 1st, 3rd, 5th … scenario, Chinese for the others. One
        // page: after each ending the learner's own "Try again" (by keyboard) starts the next route from a clean run.
        it.runIf(endingsLocale(id) === locale)('reaches every ending by keyboard through replies, header calls, menus and "+", starting over with "Try again"', { timeout: 900_000 }, async () => {
          const { page, errors, context } = await openScenario(site, path);
          const routes = [...enumeratePaths(scenario)];
          for (const [i, [ending, actions]] of routes.entries()) {
            for (const action of actions) await perform(page, action, byFocus);
            await page.waitForSelector(`[data-ending="${ending}"] h2:focus`);
            if (i === routes.length - 1) break;
            const before = await revision(page);
            await press(page, '[data-action="try-again"]', byFocus);
            await settled(page, before);
            expect(await page.$('[data-ending]'), `"Try again" after ${ending} leaves the ending`).toBeNull();
          }
          expect(errors).toEqual([]);
          await context.close();
        });
      });
    }
  });
}
