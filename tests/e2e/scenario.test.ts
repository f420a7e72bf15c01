// The scenario pages in Chromium, beyond the per-scenario pass (scenario-pass.ts, run by scenarios-N.test.ts): the
// first screen at 390×844 (chat near the top, reply bar visible, normal and Large text), resume and presenter once
// per locale, the menus and panels, pacing with a typing indicator, the live region, Escape, axe in each state,
// 320 px, no JS, corrupt saves, and the language switch keeping ?query and #hash. Reduced motion everywhere except
// the pacing test, so no test waits for real time. (The JS budget is checked in the per-page pass.)
import { describe, expect, it } from 'vitest';
import { bestPath } from '../../src/engine/scenario';
import { axeViolations, openPage, serveForTests } from './helpers';
import { byFocus, ids, opened, openScenario, pages, perform, press, scenarios } from './scenario-play';

const site = serveForTests();

describe('scenario pages', () => {
  it('exist for every scenario in both locales', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const id of ids) expect(pages.filter((p) => p.id === id).map((p) => p.locale).sort()).toEqual(['en', 'zh-cn']);
  });

  for (const locale of ['en', 'zh-cn']) {
    const first = pages.find((p) => p.locale === locale && p.id === 'copied-account-hospital') ?? pages.find((p) => p.locale === locale)!;

    it(`${locale}: resumes after a reload mid-play, and says so`, async () => {
      const { page, errors, context } = await openScenario(site, first.path);
      const step = bestPath(scenarios.get(first.id)!)!.actions.find((a) => a.type === 'choose' || a.type === 'tool')!;
      await perform(page, step, byFocus);
      if (await page.$('.panel')) await perform(page, { type: 'close' }, byFocus);
      const before = await page.$$eval('.transcript > .msg', (els) => els.map((e) => e.id));
      await page.reload();
      await page.waitForSelector('[data-notice="resumed"]');
      await opened(page);
      expect(await page.$$eval('.transcript > .msg', (els) => els.map((e) => e.id))).toEqual(before);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${locale}: letters the choices in presenter mode, hides the spoilers and records nothing`, async () => {
      const { page, errors, context } = await openPage({ width: 1920, height: 1080 });
      await page.goto(`${site.base + first.path}?present`);
      await page.waitForSelector('.messenger.present');
      while (await page.$('[data-action="reveal"]')) await press(page, '[data-action="reveal"]', byFocus);
      const letters = await page.$$eval('.chips .letter', (els) => els.map((e) => e.textContent));
      expect(letters.length).toBeGreaterThan(0);
      expect(letters).toEqual(letters.map((_, i) => 'ABCDEGHIJK'[i])); // no F: the F key flags (engine/room)
      expect(await page.isVisible('.instructor-notes'), 'no spoilers beside the chat').toBe(false);
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.filter((k) => k === 'vf:progress' || k.startsWith('vf:run:'))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    for (const large of [false, true]) {
      it(`${locale}${large ? ', Large text' : ''}: at 390×844 the chat starts near the top, the reply bar is on screen, no flag buttons per message`, async () => {
        const { page, errors, context } = await openScenario(site, first.path, { largeText: large });
        expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(large);
        const box = await page.$eval('.phone', (e) => e.getBoundingClientRect().toJSON());
        expect(box.top, 'chat top edge').toBeLessThanOrEqual(200);
        const bar = await page.$eval('.reply-bar', (e) => e.getBoundingClientRect().toJSON());
        expect(bar.bottom, 'reply bar visible without scrolling').toBeLessThanOrEqual(844);
        expect(bar.top).toBeGreaterThan(box.top);
        expect(await page.evaluate(() => scrollY)).toBe(0);
        expect(await page.$$('.transcript [data-action="flag"], .transcript button.flag'), 'no per-message flag buttons').toHaveLength(0);
        if (!(await page.$('.msg.bubbled'))) await perform(page, bestPath(scenarios.get(first.id)!)!.actions.find((a) => a.type === 'choose')!, byFocus);
        expect(await page.$$('.transcript [data-action="flag"], .transcript button.flag'), 'still none after more messages').toHaveLength(0);
        const size = await page.$eval('.msg.bubbled .bubble', (e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size, 'bubble text').toBeGreaterThanOrEqual(large ? 20 : 16);
        const nameHeight = await page.$eval('.chat-header .contact-name', (e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).fontSize));
        expect(nameHeight, 'the contact name stays on one line').toBeLessThan(2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal scroll').toBeLessThanOrEqual(390);
        await page.waitForSelector('[data-choice]');
        const hint = await page.$eval('.reply-bar .fake-input', (e) => ({ text: e.textContent, cut: e.scrollWidth > e.clientWidth }));
        expect(hint, "the reply bar's hint is shown whole").toMatchObject({ cut: false });
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('menus and panels: ARIA menu pattern, Escape returns focus to the opener, a one-time hint, axe clean in each state', async () => {
    const path = pages.find((p) => p.locale === 'en' && p.id === 'copied-account-hospital')!.path;
    const { page, errors, context } = await openScenario(site, path);
    await perform(page, { type: 'choose', choice: 'accept' }, byFocus);
    expect(await page.isVisible('[data-hint]'), 'the first decision says more than replies is possible').toBe(true);
    expect(await page.$$eval('.chips [data-choice]', (els) => els.length) + await page.$$eval('.chips [data-tool]', (els) => els.length)).toBeGreaterThan(1);
    // "…" menu: button with aria-haspopup, focus on the first item, arrows move, Escape closes back to the button.
    await press(page, '[data-action="more"]', byFocus);
    await page.waitForSelector('#vf-more-menu[role="menu"] [role="menuitem"]:focus');
    expect(await page.getAttribute('[data-action="more"]', 'aria-expanded')).toBe('true');
    expect(await axeViolations(page), 'axe with the chat-info menu open').toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-action="more"]:focus');
    expect(await page.$('#vf-more-menu')).toBeNull();
    // "+" panel: Escape closes it and returns focus to "+".
    await press(page, '[data-action="plus"]', byFocus);
    await page.waitForSelector('#vf-plus');
    expect(await axeViolations(page), 'axe with the + panel open').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-action="plus"]:focus');
    // A message menu opens on right-click too, and the flag goes with no button left under the bubble.
    const msg = await page.$eval('.transcript [data-menu]', (e) => e.getAttribute('data-msg')!);
    await page.click(`[data-msg="${msg}"] .bubble`, { button: 'right' });
    await page.waitForSelector('#vf-msg-menu [role="menuitem"]:focus');
    expect(await axeViolations(page), 'axe with a message menu open').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`[data-msg="${msg}"]:focus`);
    // A panel (profile card from the contact name): Escape closes it and focus goes back to the name.
    await press(page, '[data-action="profile"]', byFocus);
    await page.waitForSelector('#vf-panel-title:focus');
    const fields = await page.$$eval('.panel dt', (els) => els.map((e) => e.textContent ?? ''));
    expect(fields.join('|'), 'the profile shows no mutual-friend count field').not.toMatch(/mutual friends|共同好友/i);
    expect(await axeViolations(page), 'axe with a panel open').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-action="profile"]:focus');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('paces messages with a typing indicator, keeps focus off <body>, and announces each message once without control names', async () => {
    const { path, id } = pages.find((p) => p.locale === 'en' && p.id === 'copied-account-hospital') ?? pages[0]!;
    const { page, errors, context } = await openPage({ reducedMotion: false, width: 390, height: 844 });
    await page.clock.install();
    await page.addInitScript(() => {
      const w = window as unknown as { sawTyping: boolean; said: string[] };
      w.said = []; w.sawTyping = false;
      new MutationObserver(() => {
        if (document.querySelector('.typing')) w.sawTyping = true;
        const text = document.querySelector('.chat-announce')?.textContent ?? '';
        if (text && text !== w.said[w.said.length - 1]) w.said.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(site.base + path);
    await page.waitForSelector('[data-action="skip"]');
    await page.clock.runFor(1500);
    await page.waitForSelector('.transcript > .msg');
    while (await page.$('[data-action="skip"]') && !(await page.$('[data-choice]'))) await page.clock.runFor(1300);
    await page.locator('[data-choice="accept"]').focus();
    await page.keyboard.press('Enter');
    const onBody = () => page.evaluate(() => document.activeElement === document.body || !document.activeElement);
    let bodyFocus = 0;
    for (let i = 0; i < 20 && !(await page.$('[data-choice]')); i++) {
      await page.clock.runFor(700);
      if (await onBody()) bodyFocus++;
    }
    expect(await page.evaluate(() => (window as unknown as { sawTyping: boolean }).sawTyping), '"… is typing" shown before a message').toBe(true);
    await page.waitForSelector('[data-choice]');
    expect(bodyFocus, 'focus never fell to <body> while messages were revealed').toBe(0);
    const w = await page.evaluate(() => ({ said: (window as unknown as { said: string[] }).said }));
    const said = w.said.join('\n');
    expect(said).not.toMatch(/Flag|标记/);
    // What a message says, without the labels only its place in the transcript needs ("Notice:", icons).
    const texts = await page.$$eval('.transcript .bubble .text', (els) => els.map((e) => {
      const copy = e.cloneNode(true) as HTMLElement;
      for (const label of copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]')) label.remove();
      return copy.textContent!.trim();
    }).filter((t) => t.length > 8));
    for (const t of texts) expect(said.split(t).length - 1, `announced once: ${t}`).toBe(1);
    expect(errors).toEqual([]);
    expect(id).toBeTruthy();
    await context.close();
  });

  it('shows no typing indicator under reduced motion', async () => {
    const { page, errors, context } = await openScenario(site, pages[0]!.path, {}, (p) => p.addInitScript(() => {
      new MutationObserver(() => { if (document.querySelector('.typing')) (window as unknown as { sawTyping: boolean }).sawTyping = true; })
        .observe(document, { subtree: true, childList: true });
    }));
    const step = bestPath(scenarios.get(pages[0]!.id)!)!.actions.find((a) => a.type === 'choose')!;
    await perform(page, step, byFocus);
    expect(await page.evaluate(() => Boolean((window as unknown as { sawTyping?: boolean }).sawTyping))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts fresh with a notice when the saved run is corrupt', async () => {
    const { path, id } = pages[0]!;
    const { page, errors, context } = await openScenario(site, path);
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"node":"<script>alert(1)</script>"'), `vf:run:${id}`);
    await page.reload();
    await page.waitForSelector('[data-notice="corrupt"]');
    await opened(page);
    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key) ?? 'null', `vf:run:${id}`));
    expect(saved === null || !JSON.stringify(saved).includes('<script>'), 'the corrupt run is replaced').toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits the chat on a 320 px screen in Large text, panels included', async () => {
    const { page, errors, context } = await openScenario(site, pages[0]!.path, { width: 320, height: 640, largeText: true });
    const overflow = async () => page.$$eval('body *', (els) =>
      els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && e.getClientRects().length > 0).map((e) => e.className || e.tagName));
    expect(await overflow()).toEqual([]);
    await press(page, '[data-action="plus"]', byFocus);
    if (await page.$('#vf-plus')) expect(await overflow()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, says the chat needs it and still shows the endings for instructors', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(site.base + pages[0]!.path);
    expect(await page.isVisible('main p.notice:not(#vf-old-browser)')).toBe(true);
    expect(await page.$('.messenger')).toBeNull();
    expect(await page.$$eval('.instructor-notes section h2', (els) => els.length)).toBeGreaterThan(0);
    await context.close();
  });

  it('the language switch keeps ?plan=, ?present and #anchor', async () => {
    const { page, errors, context } = await openPage();
    const cases = [
      ['en/workshop/?plan=abc123', 'zh-cn/workshop/?plan=abc123'],
      [`${pages.find((p) => p.locale === 'zh-cn')!.path}?present`, `${pages.find((p) => p.locale === 'zh-cn')!.path.replace(/^zh-cn/, 'en')}?present`],
      ['en/glossary/#top', 'zh-cn/glossary/#top'],
    ];
    for (const [from, to] of cases) {
      await page.goto(site.base + from!);
      const link = page.locator('a[data-vf-lang]').first();
      expect(await link.getAttribute('href'), from).toBe(new URL(site.base + to!).href);
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(new URL(site.base + to!).href);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
