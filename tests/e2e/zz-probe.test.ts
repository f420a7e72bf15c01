import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { closeBrowser, openPage, serve, waitReady } from './helpers';
it('probe', async () => {
  const site = await serve(process.env.PROBE_DIR ? { outDir: process.env.PROBE_DIR } : {});
  for (const q of ['', '?present']) {
    const { page } = await openPage({ width: 390, height: 844 });
    let js = 0; let css = 0;
    page.on('response', async (r) => { const t = r.headers()['content-type'] ?? ''; try { const b = await r.body(); if (t.includes('javascript')) js += gzipSync(b).length; if (t.includes('css')) css += gzipSync(b).length; } catch {} });
    await page.goto(`${site.base}en/scenarios/copied-account-hospital/${q}`);
    if (q) await page.waitForSelector('[data-present="ready"]'); else await waitReady(page);
    await page.waitForLoadState('load');
    console.log(q || 'learner', 'js', js, 'css', css);
  }
  await closeBrowser(); await site.close();
}, 60000);
