// A SCORM 1.2 package from dist/lms/ in a page that plays the LMS with a real SCORM 1.2 runtime (scorm-again):
// the learner reads, plays a scenario and passes the quiz inside the package; the LMS receives status, score,
// suspend data and session time; a second launch on a fresh device brings the progress back. Without an LMS
// the package just shows the course.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSuspend } from '../../src/engine/lms';
import { closeBrowser, openPage, root, serve, type Site } from './helpers';
import { playToEnding } from './chat-driver';
import { passQuiz } from './reach-flows';
import { courseModules } from '../support/course';

const MODULE = 'friend-impersonation';
const mod = courseModules().find((m) => m.id === MODULE)!;
const work = mkdtempSync(join(tmpdir(), 'vf-lms-'));

/** The "LMS": window.API from scorm-again (seeded with what it kept from a previous launch), the package in a frame. */
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="scorm12.js"></script><script src="lms.js" defer></script></head>
<body><iframe id="sco" title="Course" style="width:1024px;height:760px"></iframe></body></html>`;
const LMS_JS = `
const kept = new URLSearchParams(location.search).get('kept');
window.API = new Scorm12API({ logLevel: 5, autocommit: false });
window.API.cmi.core.student_id = 'learner-1';
if (kept) window.API.loadFromJSON(JSON.parse(kept));
window.finished = false;
window.sent = {}; // what the package set, as the LMS received it (session_time and exit are write-only in SCORM 1.2)
window.API.on('LMSSetValue.cmi.*', (element, value) => { window.sent[element] = value; });
window.API.on('LMSFinish', () => { window.finished = true; });
document.getElementById('sco').src = 'pkg/lms/launch.html';
`;

const lms = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { API: { cmi: { core: { lesson_status: string; score: { raw: string } }; suspend_data: string } }; sent: Record<string, string> };
  return { status: w.API.cmi.core.lesson_status, score: w.API.cmi.core.score.raw, suspend: w.API.cmi.suspend_data, session: w.sent['cmi.core.session_time'], exit: w.sent['cmi.core.exit'] };
});

async function courseFrame(page: Page, path: RegExp): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => path.test(f.url()));
    if (frame) { await frame.waitForLoadState(); return frame; }
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame at ${path}`);
}

let site: Site;
beforeAll(async () => {
  const files = unzipSync(new Uint8Array(readFileSync(join(root, 'dist/lms', `verify-first-${MODULE}-en.zip`))));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(work, 'pkg', name)), { recursive: true });
    writeFileSync(join(work, 'pkg', name), data);
  }
  copyFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.min.js'), join(work, 'scorm12.js'));
  writeFileSync(join(work, 'index.html'), LMS_PAGE);
  writeFileSync(join(work, 'lms.js'), LMS_JS);
  site = await serve({ outDir: work });
});
afterAll(async () => {
  await closeBrowser();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a SCORM 1.2 package in an LMS', () => {
  let kept = '';

  it('reports completion, the quiz score, suspend data and session time to the LMS', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}index.html`);
    const start = await courseFrame(page, /\/pkg\/en\/modules\/friend-impersonation\/index\.html$/);
    await expect.poll(async () => (await lms(page)).status).toBe('incomplete');

    // Folder links work inside the package: a lesson opens from the module page.
    await start.locator(`main a[href*="/${mod.lessons[0]}/"]`).first().click();
    const lesson = await courseFrame(page, new RegExp(`/${mod.lessons[0]}/index\\.html$`));
    for (const id of mod.lessons) {
      await lesson.goto(`${site.base}pkg/en/modules/${MODULE}/${id}/index.html`);
      await lesson.locator('[data-vf-mark-read-button]').click();
      await lesson.locator('[data-vf-read-state]:not([hidden])').waitFor();
    }
    await lesson.goto(`${site.base}pkg/en/scenarios/${mod.scenarios[0]}/index.html`);
    await playToEnding(lesson, mod.scenarios[0]!);
    await expect.poll(async () => (await lms(page)).status).toBe('incomplete'); // the quiz is still to pass
    await lesson.goto(`${site.base}pkg/en/quizzes/${mod.quizzes[0]}/index.html`);
    expect(await passQuiz(lesson)).toContain('100%');

    await expect.poll(async () => (await lms(page)).status).toBe('passed');
    const values = await lms(page);
    expect(values.score).toBe('100');
    expect(values.suspend.length).toBeLessThanOrEqual(4096);
    const restored = decodeSuspend(values.suspend, [mod], Date.now())!;
    expect(Object.keys(restored.lessons).sort()).toEqual(mod.lessons.map((l) => `${MODULE}/${l}`).sort());
    expect(Object.keys(restored.scenarios)).toEqual([mod.scenarios[0]]);
    expect(restored.quizzes[mod.quizzes[0]!]!.best).toBe(100);

    // Leaving the course ends the session: time spent is reported, then LMSFinish.
    await page.evaluate(() => document.getElementById('sco')!.remove());
    await page.waitForFunction(() => (window as unknown as { finished: boolean }).finished);
    const final = await lms(page);
    expect(final.session).toMatch(/^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(final.session).not.toBe('0000:00:00.00');
    expect(final.exit).toBe('');
    kept = final.suspend;
    expect(errors).toEqual([]);
    await context.close();
  });

  it('brings the progress back on a second launch from another device', async () => {
    expect(kept).not.toBe('');
    const { page, context, errors } = await openPage(); // a fresh browser profile: nothing in localStorage
    const previous = JSON.stringify({ core: { lesson_status: 'passed', score: { raw: '100' } }, suspend_data: kept });
    await page.goto(`${site.base}index.html?kept=${encodeURIComponent(previous)}`);
    const start = await courseFrame(page, /\/pkg\/en\/modules\/friend-impersonation\/index\.html$/);
    const saved = JSON.parse((await start.evaluate(() => localStorage.getItem('vf:progress')))!);
    expect(saved.quizzes[mod.quizzes[0]!].best).toBe(100);
    expect(Object.keys(saved.scenarios)).toEqual([mod.scenarios[0]]);
    // The module page shows it as done, and the LMS keeps "passed".
    await start.locator(`[data-vf-lesson="${MODULE}/${mod.lessons[0]}"][data-vf-done]`).first().waitFor();
    expect((await lms(page)).status).toBe('passed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without an LMS, the package shows the course and reports nothing', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}pkg/lms/launch.html`);
    const start = await courseFrame(page, /\/pkg\/en\/modules\/friend-impersonation\/index\.html$/);
    await expect(start.locator('h1').textContent()).resolves.toBeTruthy();
    expect(await page.evaluate(() => document.documentElement.dataset.vfLms ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
