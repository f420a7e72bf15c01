// Every page of the built site, both locales: no axe violations, no console errors, no other origins,
// every internal link and asset resolving, and the metadata search engines and screen readers need.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { axeViolations, closeBrowser, htmlPages, openPage, root, serve, type Site } from './helpers';

interface PageFacts { links: string[]; title: string; description: string | null; lang: string | null; canonical: string | null; hreflangs: string[] }

const COLLECT = `(() => {
  const attr = (sel, name) => [...document.querySelectorAll(sel)].map((el) => el[name]).filter(Boolean);
  return {
    links: [...attr('a[href]', 'href'), ...attr('link[href]', 'href'), ...attr('script[src]', 'src'), ...attr('img[src]', 'src'), ...attr('form[action]', 'action')],
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.content ?? null,
    lang: document.documentElement.getAttribute('lang'),
    canonical: document.querySelector('link[rel="canonical"]')?.href ?? null,
    hreflangs: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.hreflang),
  };
})()`;

const builds = [
  { name: 'root build', outDir: join(root, 'dist'), base: '/', audit: true },
  { name: 'sub-path build of the fixture course (BASE=/course/)', outDir: join(root, FIXTURE.outDir), base: FIXTURE.base, audit: false },
];

describe.each(builds)('$name', ({ outDir, base, audit }) => {
  let site: Site;
  const pages = htmlPages(outDir);
  const checked = new Map<string, number>();

  beforeAll(async () => { site = await serve({ outDir, base }); });
  afterAll(async () => { await closeBrowser(); await site.close(); });

  it('has pages in both languages', () => {
    expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(5);
    expect(pages.filter((p) => p.startsWith('zh-cn/')).length).toBe(pages.filter((p) => p.startsWith('en/')).length);
  });

  it.each(pages)('%s', async (path) => {
    const { page, context, errors, requests } = await openPage();
    const response = await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status(), 'status').toBe(path === '404.html' ? 200 : 200);
    const facts = await page.evaluate(COLLECT) as PageFacts;

    const foreign = requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('data:'));
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console and page errors').toEqual([]);

    expect(facts.title.trim(), 'title').not.toBe('');
    expect(facts.description?.trim(), 'meta description').toBeTruthy();
    expect(['en', 'zh-CN'], 'html lang').toContain(facts.lang);
    if (path !== '404.html') {
      expect(facts.canonical, 'canonical').toBeTruthy();
      expect(facts.hreflangs, 'hreflang alternates').toEqual(expect.arrayContaining(['en', 'zh-CN', 'x-default']));
    }

    const broken: string[] = [];
    for (const link of facts.links) {
      const target = new URL(link);
      if (target.origin !== site.origin) {
        if (!/^https?:$/.test(target.protocol)) broken.push(`unexpected scheme: ${link}`);
        continue; // outbound links (sources) are fine; requests to them are not (checked above)
      }
      target.hash = '';
      const key = target.href;
      if (!key.startsWith(site.base)) { broken.push(`outside the base path: ${link}`); continue; }
      if (!checked.has(key)) checked.set(key, (await fetch(key)).status);
      if (checked.get(key) !== 200) broken.push(`${checked.get(key)} ${link}`);
    }
    expect(broken, 'broken internal links').toEqual([]);

    if (audit) expect(await axeViolations(page), 'axe WCAG 2.2 AA').toEqual([]);
    await context.close();
  });
});
