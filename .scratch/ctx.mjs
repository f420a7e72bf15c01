import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--headless', '--no-sandbox', '--disable-gpu', ...(process.env.ARGS ? process.env.ARGS.split(' ') : [])], headless: true });
const url = 'http://127.0.0.1:4610/en/modules/friend-impersonation/';
const mode = process.env.MODE;
const shared = await browser.newContext();
const sp = await shared.newPage();
const t = performance.now();
for (let i = 0; i < 20; i++) {
  if (mode === 'ctx') { const c = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' }); const p = await c.newPage(); await p.goto(url); await c.close(); }
  else if (mode === 'page') { const p = await shared.newPage(); await p.goto(url); await p.close(); }
  else { await sp.goto(url); }
}
console.log(mode, ((performance.now() - t) / 20).toFixed(0), 'ms per');
await browser.close();
