// Regenerates the chat screenshots in docs/screens/ from the current build (npm run screens):
// start, a decision and an ending of one scenario, at 390×844, in both languages (plus Large text and a laptop
// view for review with --all). Builds first only when sources changed. Uses Debian's Chromium ($CHROMIUM_PATH).
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { buildIfStale } from './build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/screens/', import.meta.url));
const all = process.argv.includes('--all');
const outDir = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? out;
const SCENARIO = 'copied-account-hospital';

await buildIfStale();
mkdirSync(outDir, { recursive: true });
const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 4455 }, telemetry: false });
const base = 'http://127.0.0.1:4455/';
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'], headless: true });

const settle = (page) => page.waitForSelector('.messenger[data-pending="false"]');
async function press(page, selector) {
  await page.locator(selector).first().focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

async function shoot(locale, { width = 390, height = 844, large = false, suffix = '' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (large) await page.addInitScript(() => localStorage.setItem('vf:large-text', '1'));
  const name = (step) => `${outDir}${SCENARIO}-${locale}-${step}${suffix}.png`;
  await page.goto(`${base}${locale}/scenarios/${SCENARIO}/`);
  await settle(page);
  await page.screenshot({ path: name('1-start') });
  await press(page, '[data-choice="accept"]');
  await page.locator('[data-action="plus"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#vf-plus');
  await page.screenshot({ path: name('2-decision') });
  await page.keyboard.press('Escape');
  await press(page, '[data-tool="call-known-number"]');
  await press(page, '[data-action="close"]');
  await page.waitForSelector('[data-choice]');
  await press(page, '[data-choice]');
  while (!(await page.$('[data-ending]'))) {
    const next = await page.$('[data-choice], .reply-area [data-tool]');
    if (!next) break;
    await press(page, '[data-choice], .reply-area [data-tool]');
    if (await page.$('[data-action="close"]')) await press(page, '[data-action="close"]');
  }
  await page.waitForSelector('[data-ending]');
  await page.screenshot({ path: name('3-ending') });
  await context.close();
}

try {
  for (const locale of ['zh-cn', 'en']) {
    await shoot(locale);
    if (all) {
      await shoot(locale, { large: true, suffix: '-large' });
      await shoot(locale, { width: 1280, height: 800, suffix: '-laptop' });
    }
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.stop();
}
