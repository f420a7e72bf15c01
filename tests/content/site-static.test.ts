// Every built page read as a file, for the real build (dist/) and the fixture course's sub-path build
// (dist-fixture/, BASE=/course/): language, title, description, canonical and hreflang; every internal link and
// asset resolves to a built file inside the base path; nothing is loaded from another origin; HTML within budget.
// (What needs a browser — axe, console errors, requests made, layout — is in tests/e2e/page-pass.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { BUDGETS, KB, kindOf } from '../support/budgets';
import { htmlPages, pageFile, root } from '../support/paths';

const ORIGIN = 'http://site.test';
const builds = [
  { name: 'root build (dist/)', outDir: join(root, 'dist'), base: '/' },
  { name: `fixture course under ${FIXTURE.base} (${FIXTURE.outDir}/)`, outDir: join(root, FIXTURE.outDir), base: FIXTURE.base },
];
/** Elements whose URL the browser fetches by itself (as opposed to links a person follows). */
const LOADED = 'script[src], link[rel~="stylesheet"][href], link[rel~="icon"][href], link[rel~="preload"][href], link[rel~="modulepreload"][href], link[rel~="manifest"][href], img[src], source[src], iframe[src], video[src], audio[src]';
const LINKED = 'a[href], link[href], script[src], img[src], form[action]';

describe.each(builds)('$name', ({ outDir, base }) => {
  const pages = htmlPages(outDir);

  it('has the same pages in both languages', () => {
    const en = pages.filter((p) => p.startsWith('en/'));
    expect(en.length).toBeGreaterThan(5);
    expect(pages.filter((p) => p.startsWith('zh-cn/')).map((p) => p.replace(/^zh-cn/, 'en'))).toEqual(en);
  });

  /** Where a same-origin URL lands in the build: null if it is not a built file. */
  function target(url: URL): string | null {
    const rel = decodeURIComponent(url.pathname.slice(base.length));
    const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
    return candidates.map((c) => join(outDir, c)).find((file) => existsSync(file)) ?? null;
  }

  it.each(pages)('%s', (path) => {
    const html = readFileSync(pageFile(outDir, path), 'utf8');
    const doc = parse(html);
    const pageUrl = new URL(`${base}${path}`, ORIGIN);

    expect(doc.querySelector('title')?.text.trim(), 'title').toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), 'meta description').toBeTruthy();
    expect(['en', 'zh-CN'], 'html lang').toContain(doc.querySelector('html')?.getAttribute('lang'));
    if (path !== '404.html') {
      // A canonical only when SITE gives the build a public address (tests/content/site-urls.test.ts).
      if (process.env.SITE) expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical').toBeTruthy();
      const hreflangs = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(hreflangs, 'hreflang alternates').toEqual(expect.arrayContaining(['en', 'zh-CN', 'x-default']));
    }

    const foreign = doc.querySelectorAll(LOADED)
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((url) => !url.startsWith('data:') && new URL(url, pageUrl).origin !== ORIGIN);
    expect(foreign, 'resources from other origins').toEqual([]);

    const broken: string[] = [];
    for (const el of doc.querySelectorAll(LINKED)) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      const url = new URL(raw, pageUrl);
      if (url.origin !== ORIGIN) {
        // Outbound links (sources) are fine; telephone links must hold a number.
        if (!/^https?:$/.test(url.protocol) && !(url.protocol === 'tel:' && /^tel:\+?[0-9-]+$/.test(url.href))) broken.push(`unexpected scheme: ${raw}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) broken.push(`outside the base path: ${raw}`);
      else if (!target(url)) broken.push(`no such file: ${raw}`);
    }
    expect(broken, 'broken internal links').toEqual([]);

    const kind = kindOf(path);
    if (kind) expect(gzipSync(html).length / KB, `${kind} HTML (gzip KB)`).toBeLessThanOrEqual(BUDGETS[kind].html / KB);
  });
});
