// Progress in a real browser, on the sub-path build of the fixture course (dist-fixture/): reading, home marks, language
// switch, garbage in storage, export → reset → import, bad imports, other tabs, blocked storage, refreshers, .ics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { MINI } from '../../scripts/fixture-course.mjs';
import { IMPORT_MAX_BYTES } from '../../src/engine/progress/shape';
import { loadScenario, playToEnding } from './chat-driver';
import { axeViolations, holdIsland, htmlPages, openPage, root, serveFixture, waitReady } from './helpers';
import { onePerTemplate } from '../support/paths';

const { outDir: OUT, base: BASE } = FIXTURE; // the fixture course, built by the e2e global setup
const KEY = 'vf:progress';
const DAY = 24 * 60 * 60 * 1000;
const site = serveFixture();

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const notice = (page: Page) => page.locator('[data-vf-storage-notice]').first();

describe('progress (browser)', () => {
  it('marks a lesson read, shows it on home and module pages, in both languages', async () => {
    const { page, errors, context } = await openPage();
    await page.clock.install(); // time runs as usual until fastForward below skips the reading dwell
    await page.goto(`${site.base}en/modules/sample/first/`);
    const button = page.getByRole('button', { name: 'Mark as read' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.module-nav [data-vf-lesson="sample/first"] .vf-tick').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toContain('Read');
    expect(await page.getByRole('status').filter({ hasText: 'Marked as read.' }).count()).toBe(1);

    // The second lesson is marked by reading to the end, after a few seconds on the page (MarkRead's dwell).
    await page.goto(`${site.base}en/modules/sample/second/`);
    await page.locator('[data-vf-read-sentinel]').scrollIntoViewIfNeeded();
    const lessons = () => stored(page).then((s) => Object.keys(JSON.parse(s ?? '{}').lessons ?? {}));
    await page.clock.fastForward(4_000);
    await expect.poll(lessons).toEqual(['sample/first', 'sample/second']);

    await page.goto(`${site.base}en/`);
    await expect.poll(() => page.locator('[data-vf-module-progress="sample"]').textContent()).toBe('100% complete');
    expect(await page.locator('[data-vf-module="sample"]').getAttribute('data-vf-done')).toBe('');

    await page.getByRole('link', { name: '阅读中文版' }).click();
    await page.waitForURL(`${site.base}zh-cn/`);
    await expect.poll(() => page.locator('[data-vf-module-progress="sample"]').textContent()).toBe('已完成100%');
    await page.goto(`${site.base}zh-cn/modules/sample/`);
    expect(await page.locator('[data-vf-lesson] .vf-tick').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers "continue where you left off" with the base path', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${site.base}en/`);
    expect(await page.locator('[data-vf-continue]').isHidden()).toBe(true);
    await page.goto(`${site.base}en/modules/sample/first/`);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.goto(`${site.base}en/`);
    const link = page.locator('[data-vf-continue] a');
    await expect.poll(() => link.getAttribute('href')).toBe('/course/en/modules/sample/second/');
    expect(await link.textContent()).toMatch(/^Continue: /);
    expect(errors).toEqual([]);
    await context.close();
  });

  /** Open a context whose progress, large-text and locale keys all hold `garbage`. */
  async function withGarbage(garbage: string) {
    const watched = await openPage();
    await watched.context.addInitScript(([key, value]) => {
      for (const k of [key, 'vf:large-text', 'vf:locale']) localStorage.setItem(k, value);
    }, [KEY, garbage] as const);
    return watched;
  }

  async function expectNotice(page: Page, path: string, garbage: string) {
    await page.goto(`${site.base}${path}`);
    await expect.poll(() => notice(page).isVisible(), { message: `${path} with ${garbage}` }).toBe(true);
    expect(await notice(page).textContent()).toMatch(/could not be read|无法读取/);
  }

  // The same ProgressMarks script runs on every page, and readProgress is unit-tested on garbage: one value goes
  // across a page of every template (each template's pages run the same code), and every kind of garbage goes to one page.
  // A scenario page is the phone screen: it reads progress only when the run is saved, and says so at the ending.
  it('loads a page of every template without errors, with a notice, when storage holds garbage', async () => {
    const pages = onePerTemplate(htmlPages(join(root, OUT)).filter((p) => p.startsWith('en/') || p.startsWith('zh-cn/')));
    const chats = pages.filter((p) => /\/scenarios\/[^/]+\/$/.test(p));
    expect(pages.length - chats.length).toBeGreaterThan(5);
    expect(chats.length).toBeGreaterThan(0);
    const garbage = '{{{not json';
    const { page, errors, context } = await withGarbage(garbage);
    for (const path of pages.filter((p) => !chats.includes(p))) await expectNotice(page, path, garbage);
    for (const path of chats) {
      await page.evaluate(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('vf:run:')) localStorage.removeItem(key); }); // a fresh run, not the last one resumed
      await page.goto(`${site.base}${path}`);
      await playToEnding(page, 'mini', { scenario: loadScenario('mini', MINI) });
      await expect.poll(() => notice(page).textContent(), { message: path }).toMatch(/could not be read|无法读取/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['{{{not json', '{"v":2,"lessons":{"__proto__":{"at":1}},"quizzes":[]}', '{"v":2,"quizzes":{"q":{"count":1e300,"best":-5}}}', '"just a string"'])('shows the notice and no error for the garbage %s', async (garbage) => {
    const { page, errors, context } = await withGarbage(garbage);
    await expectNotice(page, 'en/modules/sample/first/', garbage);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).at)).toBeUndefined();
    await context.close();
  });

  it('says so when progress was saved by a newer version, and does not overwrite it', async () => {
    const { page, errors, context } = await openPage();
    const newer = JSON.stringify({ v: 99, lessons: {} });
    await page.goto(`${site.base}en/`);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);
    await page.goto(`${site.base}en/modules/sample/first/`);
    await expect.poll(() => notice(page).textContent()).toContain('newer version');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    expect(await stored(page)).toBe(newer);
    expect(await page.locator('.module-nav [data-vf-lesson="sample/first"] .vf-tick').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports, resets and imports back to identical progress', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${site.base}en/modules/sample/first/`);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.goto(`${site.base}en/progress/`);
    await waitReady(page); // the import and export controls work once the dashboard has hydrated
    await page.getByRole('button', { name: 'Export my progress' }).waitFor();
    const before = await stored(page);
    expect(before).toContain('sample/first');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my progress' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^verify-first-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');

    await page.getByRole('button', { name: 'Reset my progress' }).click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your progress has been reset.' }).count()).toBe(1);
    expect(JSON.parse((await stored(page))!).lessons).toEqual({});
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset my progress');

    await page.getByLabel('Import progress from a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByText('This file holds 1 lessons read').waitFor();
    expect(JSON.parse((await stored(page))!).lessons).toEqual({}); // nothing changes before the choice
    await page.getByRole('button', { name: 'Replace my progress with it' }).click();
    await page.getByText('Progress imported.').waitFor();
    expect(JSON.parse((await stored(page))!)).toEqual(JSON.parse(before!));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses bad import files with a clear message and leaves progress untouched', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${site.base}en/modules/sample/first/`);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    // On a slow phone the form shows before the dashboard's code has run (held back here): a file chosen then is
    // read once it has.
    const release = await holdIsland(page, 'ProgressDashboard');
    await page.goto(`${site.base}en/progress/`);
    await page.getByLabel('Import progress from a file').setInputFiles({ name: 'early.json', mimeType: 'application/json', buffer: Buffer.from('{"v":7}') });
    release();
    await expect.poll(() => page.locator('[data-vf-progress-message]').textContent()).toMatch(/newer version/);
    await page.goto(`${site.base}en/progress/`);
    await waitReady(page);
    const before = await stored(page);
    const cases: Array<[string, Buffer, RegExp]> = [
      ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2]), /not a JSON file/],
      ['huge.json', Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x20), /larger than 1 MB/], // one byte over the limit
      ['future.json', Buffer.from('{"v":7,"lessons":{}}'), /newer version/],
      ['types.json', Buffer.from('{"v":2,"quizzes":{"q":{"count":"lots","best":50,"last":50,"lastAt":"2026-01-01T00:00:00Z"}}}'), /quizzes\.q\.count/],
      ['proto.json', Buffer.from('{"v":2,"lessons":{"__proto__":{"at":"2026-01-01T00:00:00Z"}}}'), /lessons\.__proto__/],
      ['dates.json', Buffer.from('{"v":2,"lessons":{"a/b":{"at":"2026-02-31T00:00:00Z"}}}'), /not a possible date/], // a far date is data, 31 February is not
      ['xss.json', Buffer.from('{"v":2,"scenarios":{"s":{"count":1,"best":1,"firstAt":"2026-01-01T00:00:00Z","last":{"ending":"<img src=x onerror=alert(1)>","outcome":"lost","score":1,"at":"2026-01-01T00:00:00Z"}}}}'), /unexpected text/],
    ];
    for (const [name, buffer, message] of cases) {
      await page.getByLabel('Import progress from a file').setInputFiles({ name, mimeType: 'application/json', buffer });
      const status = page.locator('[data-vf-progress-message]');
      await expect.poll(() => status.textContent(), { message: name }).toMatch(message);
      expect(await status.textContent()).toContain('Your progress has not changed.');
      expect(await page.locator('[data-vf-import-preview]').count()).toBe(0);
      expect(await stored(page)).toBe(before);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a change made in one tab in another', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${site.base}en/modules/sample/`);
    const other = await context.newPage();
    await other.goto(`${site.base}en/modules/sample/second/`);
    await other.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => page.locator('[data-vf-lesson="sample/second"] .vf-tick').count()).toBe(1);
    await expect.poll(() => page.locator('[data-vf-module-progress="sample"]').textContent()).toBe('50% complete');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works for the session when storage is blocked', async () => {
    const { page, errors, context } = await openPage();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto(`${site.base}en/modules/sample/first/`);
    await expect.poll(() => notice(page).textContent()).toContain('not letting the course save');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => page.locator('.module-nav [data-vf-lesson="sample/first"] .vf-tick').count()).toBe(1);
    await page.goto(`${site.base}en/progress/`);
    await waitReady(page); // the import and export controls work once the dashboard has hydrated
    await page.getByRole('button', { name: 'Export my progress' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows refreshers due on home and downloads reminders with the base path', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${site.base}en/`);
    const eightDaysAgo = new Date(Date.now() - 8 * DAY).toISOString();
    const done = { v: 2, lessons: { 'sample/first': { at: eightDaysAgo }, 'sample/second': { at: eightDaysAgo } }, scenarios: {}, quizzes: {} };
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(done)]);
    await page.reload();
    const refreshers = page.locator('[data-vf-refreshers]');
    await expect.poll(() => refreshers.isVisible()).toBe(true);
    expect(await refreshers.getByRole('heading').textContent()).toBe('Refreshers due');
    expect(await refreshers.getByRole('link').getAttribute('href')).toBe('/course/en/modules/sample/first/');

    // Completed a day ago: both reminders are still ahead, so the calendar button is offered.
    const yesterday = new Date(Date.now() - DAY).toISOString();
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify({ ...done, lessons: { 'sample/first': { at: yesterday }, 'sample/second': { at: yesterday } } })]);
    await page.goto(`${site.base}en/progress/`);
    await waitReady(page); // the import and export controls work once the dashboard has hydrated
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add refresher reminders to my calendar' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('verify-first-refreshers-sample.ics');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${site.origin}/course/en/modules/sample/first/`);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations on the progress page, with an import preview and reset confirmation, at 320 px', async () => {
    const { page, errors, context } = await openPage({ width: 320, height: 640 });
    await page.goto(`${site.base}zh-cn/modules/sample/first/`);
    await page.getByRole('button', { name: '标记为已读' }).click();
    await page.goto(`${site.base}zh-cn/progress/`);
    await waitReady(page); // the import and export controls work once the dashboard has hydrated
    await page.getByRole('button', { name: '导出我的进度' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('从文件导入进度').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ v: 2, lessons: {} })) });
    await page.locator('[data-vf-import-preview]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-vf-import-preview'))).toBe(true);
    await page.getByRole('button', { name: '清空我的进度' }).click();
    await page.getByRole('button', { name: '确定删除' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await context.close();
  });
});
