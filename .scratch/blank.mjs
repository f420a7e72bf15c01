import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: process.env.EXE || '/usr/bin/chromium-headless-shell', args: ['--headless', '--no-sandbox', '--disable-gpu', ...(process.env.ARGS ? process.env.ARGS.split(' ') : [])], headless: true });
const url = process.env.URL || 'about:blank';
for (let i = 0; i < 20; i++) { const c = await browser.newContext(); const p = await c.newPage(); await p.goto(url); await c.close(); }
await browser.close();
