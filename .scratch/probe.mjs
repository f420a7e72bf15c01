import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const walk = (d) => readdirSync(d).flatMap((n) => { const p = join(d, n); if (statSync(p).isDirectory()) return ['pagefind', '_astro'].includes(n) ? [] : walk(p); return n.endsWith('.html') ? [p] : []; });
const pages = walk('dist').map((f) => relative('dist', f).replace(/(^|\/)index\.html$/, '$1')).filter((p) => p.startsWith('en/')).slice(0, +process.env.N || 20);
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(process.env.ARGS ? process.env.ARGS.split(' ') : [])];
const browser = await chromium.launch({ executablePath: process.env.EXE || '/usr/bin/chromium-headless-shell', args, headless: true });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', deviceScaleFactor: +(process.env.DSF || 1) });
if (!process.env.NOAXE) await ctx.addInitScript({ content: AXE });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable');
if (process.env.CACHE_OFF) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const acc = {};
const phase = async (name, fn) => { const a = await metrics(); const t = performance.now(); await fn(); const b = await metrics(); const r = acc[name] ??= { wall: 0, task: 0, script: 0, layout: 0, style: 0 }; r.wall += performance.now() - t; r.task += (b.TaskDuration - a.TaskDuration) * 1000; r.script += (b.ScriptDuration - a.ScriptDuration) * 1000; r.layout += (b.LayoutDuration - a.LayoutDuration) * 1000; r.style += (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000; };
const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const t0 = performance.now();
for (const p of pages) {
  await phase('goto', async () => { await page.setViewportSize({ width: 390, height: 844 }); await page.goto(`http://127.0.0.1:4610/${p}`); await page.waitForLoadState('load'); });
  if (process.env.GOTO_ONLY) continue;
  await phase('320', async () => { await page.setViewportSize({ width: 320, height: 640 }); await frame(); await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 330).length); });
  await phase('1024', async () => { await page.setViewportSize({ width: 1024, height: 800 }); await frame(); });
  await phase('axe', async () => { await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false }, 'link-in-text-block': { enabled: false } }, resultTypes: ['violations'] }).then((r) => r.violations.length)); });
}
console.log('pages', pages.length, 'total', ((performance.now() - t0) / 1000).toFixed(1), 's');
for (const [k, v] of Object.entries(acc)) console.log(k.padEnd(6), Object.entries(v).map(([a, b]) => `${a} ${(b / pages.length).toFixed(0)}ms`).join('  '));
await browser.close();
