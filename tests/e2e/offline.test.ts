// The offline copy (issue 17): only on request; then every page in both languages is served with the network off
// (one of each template opened, the rest fetched through the worker), a new build replaces the copy whole after the learner is told, removal leaves progress alone; also under
// a sub-path. The site is served from a folder link we can swap to "deploy" a changed build to the same origin.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { writeOfflineWorker } from '../../scripts/postbuild/offline.mjs';
import { closeBrowser, htmlPages, openPage, root, serve, waitReady, type Site } from './helpers';
import { onePerTemplate } from '../support/paths';
import { playToEnding } from './chat-driver';
import { passQuiz } from './reach-flows';

const work = mkdtempSync(join(tmpdir(), 'vf-offline-'));
const live = join(work, 'live');
/** Point the served folder at another build, atomically (as a deploy would). */
function deploy(dir: string) {
  const next = join(work, 'next-link');
  symlinkSync(dir, next);
  renameSync(next, live);
}
/** A copy of a build without its LMS packages (the worker never precaches them). */
function copyBuild(from: string, name: string): string {
  const to = join(work, name);
  cpSync(from, to, { recursive: true, filter: (src) => !src.includes(`${from}/lms`) });
  return to;
}
/** Change a page's main heading, as a new version of the course would. */
function editHeading(dir: string, page: string, heading: string) {
  const file = join(dir, page, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, `<h1$1>${heading}</h1>`));
}

const registrations = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
const courseCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('vf-offline:')));
const progress = (page: Page) => page.evaluate(() => localStorage.getItem('vf:progress'));
const heading = (page: Page) => page.locator('h1').first().textContent();

async function optIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Keep this course on this device' }).click();
  await page.locator('[data-vf-offline][data-vf-offline-state="ready"]').waitFor({ timeout: 60_000 });
  return page.locator('[data-vf-offline-status]').textContent();
}

/**
 * With the network off, open one page of each template by navigation (the worker answers the navigation and the
 * page's own files), and fetch every other page through the worker, all at once; returns the pages that failed.
 * `no-store` keeps the browser's HTTP cache out of it: whatever comes back came from the worker's copy.
 */
async function everyPageOffline(page: Page, base: string, pages: string[]) {
  const failed: string[] = [];
  for (const path of onePerTemplate(pages)) {
    const response = await page.goto(`${base}${path}`).catch((e: Error) => e);
    if (response instanceof Error || !response?.ok() || !(await page.locator('h1, main').first().isVisible())) failed.push(path);
  }
  const fetched = await page.evaluate(async (urls) => Promise.all(urls.map(async (url) => {
    const response = await fetch(url, { cache: 'no-store' }).catch(() => null);
    return response?.ok && (await response.text()).includes('<main') ? null : url;
  })), pages.map((path) => `${base}${path}`));
  return [...failed, ...fetched.filter((url): url is string => url !== null)];
}

describe('offline copy of the course', () => {
  let site: Site;
  let oldBuild: string;
  let newBuild: string;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    oldBuild = copyBuild(join(root, 'dist'), 'v1');
    newBuild = copyBuild(join(root, 'dist'), 'v2');
    editHeading(newBuild, 'en', 'Verify First, version two');
    editHeading(newBuild, 'zh-cn/glossary', '词汇表（第二版）');
    await writeOfflineWorker(newBuild);
    deploy(oldBuild);
    site = await serve({ outDir: live });
    ({ context, page, errors } = await openPage());
  });
  afterAll(async () => {
    await context?.close();
    await closeBrowser();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('is not there for a visitor who never asked: no worker, no registration code', async () => {
    const visitor = await openPage();
    for (const path of ['en/', 'zh-cn/modules/friend-impersonation/', 'en/scenarios/just-blocked/', 'zh-cn/quizzes/friend-impersonation-quiz/']) {
      await visitor.page.goto(`${site.base}${path}`);
      await waitReady(visitor.page);
    }
    expect(await registrations(visitor.page)).toEqual([]);
    expect(visitor.requests.filter((u) => /\/sw\.js$|\/offline\.js$/.test(u))).toEqual([]); // the worker, and the page code that registers it
    await visitor.context.close();
  });

  it('is kept on request, says when it is ready and how much it stored', async () => {
    await page.goto(`${site.base}en/modules/friend-impersonation/`);
    await page.evaluate(() => localStorage.setItem('vf:large-text', '1'));
    const status = await optIn(page, `${site.base}en/`);
    expect(status).toMatch(/^Ready: the whole course \(\d{3,} files, \d+\.\d MB\)/);
    expect(await registrations(page)).toEqual([site.base]);
    await expect(page.getByRole('button', { name: 'Remove offline copy' }).isVisible()).resolves.toBe(true);
  });

  it('with the network off, every page in both languages loads, a scenario ends, a quiz scores, search answers', async () => {
    await context.setOffline(true);
    // The network really is off for the worker too: a file outside the copy cannot be fetched.
    await page.goto(`${site.base}en/`);
    expect(await page.evaluate(async (u) => fetch(u).then(() => 'fetched', () => 'failed'), `${site.base}robots.txt`)).toBe('failed');
    errors.length = 0; // that failed request's console line

    const pages = htmlPages(oldBuild).filter((p) => p !== '404.html');
    expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.startsWith('zh-cn/')).length).toBeGreaterThan(20);
    expect(await everyPageOffline(page, site.base, pages)).toEqual([]);

    await page.goto(`${site.base}zh-cn/scenarios/just-blocked/`);
    expect(await playToEnding(page, 'just-blocked')).not.toBe('');
    await page.goto(`${site.base}en/quizzes/friend-impersonation-quiz/`);
    expect(await passQuiz(page)).toContain('100%');
    await page.goto(`${site.base}zh-cn/search/?q=${encodeURIComponent('转账')}`);
    await page.locator('a.result-title').first().waitFor();

    const saved = JSON.parse((await progress(page))!);
    expect(Object.keys(saved.scenarios)).toContain('just-blocked');
    expect(saved.quizzes['friend-impersonation-quiz'].best).toBe(100);
    expect(await page.evaluate(() => localStorage.getItem('vf:large-text'))).toBe('1');
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.setOffline(false);
  }, 600_000);

  it('a new build on the same origin: the learner is told, keeps the old version until they switch, then gets the new one whole', async () => {
    await context.setOffline(false);
    const before = await progress(page);
    deploy(newBuild);
    await page.goto(`${site.base}zh-cn/glossary/`);
    const notice = page.locator('[data-vf-offline-notice]');
    await notice.filter({ hasText: 'A new version' }).or(notice.filter({ hasText: '新版本' })).waitFor({ timeout: 60_000 });
    // Until the learner switches, every page is still the old build, never a mix.
    expect(await heading(page)).not.toContain('第二版');
    await page.goto(`${site.base}en/`);
    expect(await heading(page)).not.toContain('version two');

    await page.locator('[data-vf-offline-notice]').getByRole('button', { name: 'Switch to the new version' }).click();
    await page.locator('[data-vf-offline-notice]', { hasText: 'You are now using the new version' }).waitFor();
    expect(await heading(page)).toContain('version two');
    await context.setOffline(true);
    await page.goto(`${site.base}zh-cn/glossary/`);
    expect(await heading(page)).toContain('第二版');
    await context.setOffline(false);
    expect((await courseCaches(page)).length).toBe(1);
    expect(await progress(page)).toBe(before);
  });

  it('is removed on request, and progress stays', async () => {
    const before = await progress(page);
    await page.goto(`${site.base}en/instructors/`);
    await page.getByRole('button', { name: 'Remove offline copy' }).click();
    await page.locator('[data-vf-offline][data-vf-offline-state="removed"]').waitFor();
    expect(await registrations(page)).toEqual([]);
    expect(await courseCaches(page)).toEqual([]);
    expect(await progress(page)).toBe(before);
    expect(before).toContain('friend-impersonation-quiz');
  });
});

describe(`offline copy under a sub-path (BASE=${FIXTURE.base})`, () => {
  const { outDir: OUT, base: BASE } = FIXTURE; // the fixture course, built by the e2e global setup
  let site: Site;

  beforeAll(async () => {
    site = await serve({ outDir: `./${OUT}`, base: BASE });
  });
  afterAll(async () => {
    await closeBrowser();
    await site?.close();
  });

  it('is kept at the sub-path and serves every page with the network off', async () => {
    const { page, context, errors } = await openPage();
    await optIn(page, `${site.base}zh-cn/workshop/`.replace('zh-cn', 'en'));
    expect(await registrations(page)).toEqual([site.base]);
    await context.setOffline(true);
    expect(await everyPageOffline(page, site.base, htmlPages(join(root, OUT)).filter((p) => p !== '404.html'))).toEqual([]);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  }, 600_000);
});
