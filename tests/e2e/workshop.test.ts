// Workshop builder and plan links in a real browser: keyboard-only building, the QR code decodes to the link,
// a learner steps through every item in a fresh context, hostile or broken links render safely, sub-path links.
// The last test uses the fixture course's sub-path build dist-fixture/ (the e2e global setup makes it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePlan } from '../../src/engine/plan';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { axeViolations, closeBrowser, openPage, serve, type Site } from './helpers';
import { tabTo } from './keyboard';
import { decodeQr } from './qr';

let site: Site;
// VF_E2E_OUT_DIR serves another build (e.g. one made from fixture content); dist/ by default.
beforeAll(async () => { site = await serve({ outDir: process.env.VF_E2E_OUT_DIR }); });
afterAll(async () => { await closeBrowser(); await site.close(); });

describe('workshop builder', () => {
  it('builds a plan with the keyboard alone; its QR code encodes exactly the link; a learner steps through every item of it', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}en/workshop/`);
    await page.getByRole('heading', { level: 1, name: 'Workshop builder' }).waitFor();

    await tabTo(page, '#ws-title');
    await page.keyboard.type('Tuesday <b>club</b>');
    await tabTo(page, '#ws-note');
    await page.keyboard.type('Bring your phone.');
    await tabTo(page, '#ws-exam');
    await page.keyboard.press('Space');

    // Tick the first five items of the catalogue, in page order (more would prove nothing more).
    const boxes = page.locator('.ws-modules input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(1);
    const count = Math.min(5, await boxes.count());
    const titles: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const id = await boxes.nth(i).getAttribute('id');
      await tabTo(page, `#${id}`);
      await page.keyboard.press('Space');
      titles.push(await page.locator(`label[for="${id}"] .ws-item-title`).innerText());
    }
    const agenda = page.locator('.ws-agenda-list > li .ws-agenda-text');
    await expect.poll(() => agenda.count()).toBe(count);

    // Move the last item to the top with the keyboard: focus stays on its "up" button while it climbs.
    const lastKey = await page.locator('.ws-agenda-list > li').last().getAttribute('data-key');
    await tabTo(page, `.ws-agenda-list > li:nth-child(${count}) [data-action="up"]`);
    for (let i = count - 1; i > 0; i -= 1) {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate((key) => [...document.querySelectorAll<HTMLElement>('.ws-agenda-list > li')].findIndex((li) => li.dataset.key === key), lastKey)).toBe(i - 1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.dataset.key)).toBe(lastKey);
    }
    await expect.poll(() => page.locator('.ws-agenda-list > li').first().getAttribute('data-key')).toBe(lastKey);
    const order = [titles[count - 1]!, ...titles.slice(0, count - 1)];
    const agendaText = await agenda.allInnerTexts();
    agendaText.forEach((text, i) => expect(text).toContain(order[i]));

    // The link is the short one (the site's root opens it in the learner's language) plus title and note;
    // the QR code holds only the short part.
    const link = await page.locator('#ws-link').inputValue();
    expect(link).toMatch(new RegExp(`^${site.base}\\?plan=2E[0-9A-Z]{20}&title=Tuesday\\+%3Cb%3Eclub%3C%2Fb%3E&note=Bring\\+your\\+phone\\.$`));
    await expect(decodeQr(page, 'svg.ws-qr').then((qr) => qr.text)).resolves.toBe(link.split('&')[0]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // A learner opens the link in a fresh browser context (no shared storage) and steps through every item.
    const learner = await openPage();
    await learner.page.goto(link);
    await learner.page.getByRole('heading', { level: 1, name: 'Tuesday <b>club</b>' }).waitFor();
    await expect(learner.page.locator('.ws-note').innerText()).resolves.toBe('Bring your phone.');
    await expect(learner.page.locator('.plan-agenda > li').count()).resolves.toBe(count);
    for (let i = 0; i < count; i += 1) {
      await expect.poll(() => learner.page.locator('#plan-step-heading').innerText()).toBe(`Item ${i + 1} of ${count}`);
      const open = learner.page.locator('.plan-step a.btn');
      await expect(open.innerText()).resolves.toBe(`Open: ${order[i]}`);
      const href = await open.getAttribute('href');
      if (href!.includes('/quizzes/')) expect(href).toMatch(/\?mode=exam&/); // exam mode reaches the quiz (Quiz.tsx reads ?mode=exam)
      await expect(learner.page.locator('.plan-agenda > li[aria-current="step"] a').innerText()).resolves.toBe(order[i]);
      if (i < count - 1) {
        await learner.page.getByRole('button', { name: 'Next item' }).focus();
        await learner.page.keyboard.press('Enter');
      }
    }
    // The step is kept in the URL, so coming back from an item returns to it.
    expect(new URL(learner.page.url()).searchParams.get('step')).toBe(String(count));
    await learner.page.reload();
    await expect(learner.page.locator('#plan-step-heading').innerText()).resolves.toBe(`Item ${count} of ${count}`);
    await expect(axeViolations(learner.page)).resolves.toEqual([]);
    expect(learner.errors).toEqual([]);
    await learner.context.close();
  }, 300_000);

  it('opens a plan made in English in Chinese', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${site.base}en/workshop/`);
    await page.locator('.ws-modules input[type="checkbox"]').first().check();
    const code = new URL(await page.locator('#ws-link').inputValue()).searchParams.get('plan');
    await page.goto(`${site.base}zh-cn/workshop/?plan=${code}`);
    await page.getByRole('heading', { level: 1, name: '讲座学习安排' }).waitFor();
    await expect(page.locator('#plan-step-heading').innerText()).resolves.toBe('第1项，共1项');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hostile and broken plan links', () => {
  const open = async (param: string) => {
    const watched = await openPage();
    const dialogs: string[] = [];
    watched.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await watched.page.goto(`${site.base}en/workshop/?plan=${encodeURIComponent(param)}`);
    await watched.page.locator('h1').waitFor();
    await watched.page.locator('.plan-view').waitFor();
    return { ...watched, dialogs };
  };

  it('renders a link with <script> and 10,000 characters safely: a message, no dialog, no error', async () => {
    const { page, context, errors, dialogs } = await open(`<script>alert(1)</script>${'x'.repeat(10_000)}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('This plan link could not be opened');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('too long');
    await expect(page.getByRole('link', { name: 'Go to the course' }).count()).resolves.toBe(1);
    await expect(page.locator('script:not([src])').evaluateAll((els) => els.some((e) => e.textContent?.includes('alert(1)')))).resolves.toBe(false);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows HTML in titles and notes as text, reports unknown and broken items, and offers the rest', async () => {
    // An old (version 1) link, with title and note inside it: old links keep working.
    const hostile = encodePlan({
      title: '<img src=x onerror=alert(1)>',
      note: '<script>alert(2)</script>',
      exam: false,
      items: [{ kind: 'scenario', id: 'copied-account-hospital' }, { kind: 'scenario', id: 'no-such-scenario' }, { kind: 'lesson', id: 'nowhere/nothing' }],
    });
    const { page, context, errors, dialogs } = await open(hostile);
    await expect(page.locator('h1').innerText()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(page.locator('.ws-note').innerText()).resolves.toBe('<script>alert(2)</script>');
    await expect(page.locator('.plan-view img').count()).resolves.toBe(0);
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('“no-such-scenario”');
    expect(alert).toContain('“nowhere/nothing”');
    await expect(page.locator('.plan-agenda > li').count()).resolves.toBe(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what it can from a truncated link and says it was cut', async () => {
    const good = encodePlan({ title: '', note: 'A long note that will be cut off when the link is shortened by a chat app.', exam: false, items: [{ kind: 'scenario', id: 'copied-account-hospital' }] });
    const { page, context, errors } = await open(good.slice(0, good.length - 20));
    await expect(page.getByRole('alert').innerText()).resolves.toContain('cut short');
    await expect(page.locator('.plan-agenda > li').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['', '9abc', '1!!!!', '1' + 'A'.repeat(40)])('says what it could not load for ?plan=%s', async (param) => {
    const { page, context, errors, dialogs } = await open(param);
    await expect(page.locator('h1').innerText()).resolves.toBe('This plan link could not be opened');
    await expect(page.getByRole('alert').count()).resolves.toBe(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('under a sub-path (BASE=/course/)', () => {
  it('makes plan links and item links inside the base path', async () => {
    const sub = await serve(FIXTURE);
    const { page, context, errors } = await openPage();
    await page.goto(`${sub.base}zh-cn/workshop/`);
    const boxes = page.locator('.ws-modules input[type="checkbox"]');
    await boxes.first().waitFor();
    for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
    const link = await page.locator('#ws-link').inputValue();
    expect(link.startsWith(`${sub.base}?plan=2`)).toBe(true);
    await page.goto(link);
    await page.locator('.plan-agenda a').first().waitFor();
    const hrefs = await page.locator('.plan-agenda a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(href).toMatch(/^\/course\/zh-cn\/(modules|scenarios|quizzes)\//);
    expect(errors).toEqual([]);
    await context.close();
    await sub.close();
  });
});
