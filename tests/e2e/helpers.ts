// The one browser helper: serve a built site, launch Chromium, watch pages, run axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { serveStatic } from '../support/static-server';

export { htmlPages, pageFile, root } from '../support/paths';
import { root } from '../support/paths';

export interface Site {
  /** Origin plus base, e.g. "http://127.0.0.1:4400/" or "http://127.0.0.1:4401/course/". */
  base: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve a built output folder (default dist/) on 127.0.0.1, as `astro preview` would (tests/support/static-server.ts:
 * the same answers, without gzipping every response in this process or loading Vite for each test file).
 */
export async function serve(options: { outDir?: string; base?: string } = {}): Promise<Site> {
  const base = options.base ?? '/';
  const server = await serveStatic(resolve(root, options.outDir ?? './dist'), base);
  const origin = `http://127.0.0.1:${server.port}`;
  return { origin, base: `${origin}${base}`, close: () => server.close() };
}

/**
 * Serve a build for the tests of the enclosing file or describe block, and close the server and the browser after
 * them. The Site it returns is usable inside tests (it is filled in by the block's beforeAll).
 */
export function serveForTests(options: { outDir?: string; base?: string } = {}): Site {
  let site: Site | undefined;
  beforeAll(async () => { site = await serve(options); });
  afterAll(async () => { await closeBrowser(); await site?.close(); });
  const started = () => {
    if (!site) throw new Error('serveForTests(): the server starts in beforeAll; use it inside a test');
    return site;
  };
  return { get base() { return started().base; }, get origin() { return started().origin; }, close: () => started().close() };
}

/** serveForTests() for the fixture course (dist-fixture/ under its sub-path), built by the e2e global setup. */
export const serveFixture = (): Site => serveForTests({ outDir: `./${FIXTURE.outDir}`, base: FIXTURE.base });

/**
 * Playwright notes where each API call came from: a `new Error().stack` per call (captureRawStack), which under vitest
 * goes through Vite's source-map prepareStackTrace, frame by frame. In a keyboard walk that was about a tenth of the
 * test worker's CPU. A call site maps to the same line every time, so for those message-less stacks each frame's
 * mapped line is kept; every other error (a failure, an assertion) is mapped in full as before.
 */
function cacheCallSiteMapping(): void {
  const mapStack = Error.prepareStackTrace;
  if (!mapStack || (mapStack as { vfCached?: boolean }).vfCached) return;
  const lines = new Map<string, string>();
  const bare = Object.assign(new Error(), { stack: '' });
  const cached = (error: Error, stack: NodeJS.CallSite[]): unknown => {
    if (error.message !== '' || error.name !== 'Error') return mapStack(error, stack);
    return ['Error', ...stack.map((site) => {
      const key = `${site.getFileName()}:${site.getLineNumber()}:${site.getColumnNumber()}:${site.getFunctionName()}:${site.isAsync()}`;
      let line = lines.get(key);
      if (line === undefined) {
        line = String(mapStack(bare, [site])).split('\n').slice(1).join('\n');
        lines.set(key, line);
      }
      return line;
    })].join('\n');
  };
  Error.prepareStackTrace = Object.assign(cached, { vfCached: true });
}
cacheCallSiteMapping();

let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * A fresh context and page that records console errors, page errors and requests. `axe: true` loads axe-core into
 * every document the page opens (for a page that audits each document it visits: sending axe's 550 KB source over
 * the protocol for each one took longer than the audit itself).
 */
export async function openPage(options: { reducedMotion?: boolean; width?: number; height?: number; javaScriptEnabled?: boolean; largeText?: boolean; axe?: boolean } = {}): Promise<Watched> {
  const b = await launch();
  const context = await b.newContext({
    viewport: { width: options.width ?? 1024, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  // Report Content-Security-Policy violations as errors, so every browser test fails on one.
  await context.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));",
  });
  if (options.largeText) await context.addInitScript({ content: "try { localStorage.setItem('vf:large-text', '1') } catch {}" });
  if (options.axe) await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, errors, requests };
}

/**
 * True once the page's own code has settled: client:load/idle islands hydrated, a quiz ready, a chat with nothing
 * pending. A function, not a string: Playwright polls a string expression with eval, which the site's CSP refuses.
 */
const READY = () => document.readyState === 'complete'
  && !document.querySelector('astro-island[ssr]:not([client="visible"]):not([client="only"])')
  && !document.querySelector('vf-quiz:not([data-ready])')
  && (!document.querySelector('[data-vf-messenger]') || !!document.querySelector('[data-vf-messenger] [data-pending="false"]'));

/** Wait for the load event and the page's ready markers (not for network silence, and never a fixed time). */
export async function waitReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForLoadState('load', { timeout });
  await page.waitForFunction(READY, null, { timeout });
}

/**
 * Hold back the code of the island built from `component` (e.g. 'Debrief') until the returned release() is called:
 * the page shows its server-rendered form first, as on a slow phone. Call before the page is opened.
 */
export async function holdIsland(page: Page, component: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(new RegExp(`/_astro/${component}\\.[^/]*\\.js$`), async (route) => { await held; await route.continue(); });
  return release;
}

/** Counts a page's requests in flight; idle() resolves once none is (call it after waitReady). */
export function trackNetwork(page: Page): { idle(): Promise<void> } {
  let open = 0;
  let waiters: Array<() => void> = [];
  const done = () => {
    open -= 1;
    if (open === 0) { for (const resolve of waiters) resolve(); waiters = []; }
  };
  page.on('request', () => { open += 1; });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { idle: () => (open === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))) };
}

/** axe-core as shipped with @axe-core/playwright (the same version its builder would inject). */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe rules that measure colour contrast: most of axe's time on a page of text (each text element hit-tested). */
const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Text styles whose contrast this test worker has already checked. A text style is everything contrast depends on,
 * read from the computed styles: the colour, size, weight and shadow of the text; the backgrounds, opacity, filters,
 * blend modes and positioning between it and the first opaque, in-flow background behind it; for a link, the colour
 * of the text around it and its underline. (The site sets no style attribute: colours come from stylesheets only.)
 */
const contrastChecked = new Set<string>();

/**
 * In the page: the key of each visible element that holds text (see contrastChecked), with the element. A function,
 * so Playwright passes it as source and the site's CSP (no eval) does not get in the way. Kept on window so the
 * axe run that follows in the same document can take the elements.
 */
const TEXT_STYLES = (): string[] => {
  const byKey = new Map<string, Element>();
  // What shows behind an element: its own background and effects, then its parent's, up to the first opaque,
  // in-flow background. Memoised: text elements share their ancestors.
  const chains = new Map<Element, string>();
  const backdrop = (el: Element): string => {
    const known = chains.get(el);
    if (known !== undefined) return known;
    const s = getComputedStyle(el);
    const bits = [s.backgroundColor === 'rgba(0, 0, 0, 0)' ? '' : s.backgroundColor, s.backgroundImage === 'none' ? '' : s.backgroundImage,
      s.opacity === '1' ? '' : `opacity ${s.opacity}`, s.position === 'static' ? '' : s.position, s.filter === 'none' ? '' : s.filter,
      s.mixBlendMode === 'normal' ? '' : s.mixBlendMode].filter(Boolean).join(' ');
    const opaque = s.backgroundColor.startsWith('rgb(') && s.position === 'static'; // nothing shows through
    const rest = opaque || !el.parentElement ? '' : backdrop(el.parentElement);
    const chain = [bits, rest].filter(Boolean).join(' < ');
    chains.set(el, chain);
    return chain;
  };
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) || el.getClientRects().length === 0) continue;
    const s = getComputedStyle(el);
    const link = el.closest('a');
    const around = link?.parentElement ? `link in ${getComputedStyle(link.parentElement).color}, ${getComputedStyle(link).textDecorationLine}` : '';
    const key = [el instanceof SVGElement ? 'svg' : 'html', s.color, s.fontSize, s.fontWeight, s.textShadow, backdrop(el), around].join(' | ');
    if (!byKey.has(key)) byKey.set(key, link ?? el); // a link whole: link-in-text-block looks at the <a>
  }
  (window as unknown as { vfTextStyles: Map<string, Element> }).vfTextStyles = byKey;
  return [...byKey.keys()];
};

/** The text styles on the page whose contrast this worker has not checked yet. */
export async function uncheckedTextStyles(page: Page): Promise<string[]> {
  return (await page.evaluate(TEXT_STYLES)).filter((key) => !contrastChecked.has(key));
}

/** How many text styles this worker has contrast-checked. */
export const checkedTextStyles = (): number => contrastChecked.size;

/**
 * WCAG 2.2 AA axe violations on the page as readable lines ([] when clean).
 * - axe runs in the page itself, injected once per document: @axe-core/playwright's builder would open a second
 *   page for each run to merge frame results, three times the cost, and the site has no frames to merge. Only
 *   violations are collected (passes would be serialised node by node for nothing).
 * - Every rule runs over the whole document, except the two contrast rules: they run on one element of each text
 *   style this worker has not contrast-checked before (contrastChecked), and not at all when the page shows none.
 *   So every style is checked where it first appears, and a page that only repeats checked styles costs a fraction.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  if (await page.$('iframe')) throw new Error('axeViolations() checks the top document only, and this page has a frame');
  const fresh = (await page.evaluate(TEXT_STYLES)).filter((key) => !contrastChecked.has(key));
  const violations = await page.evaluate(async ({ tags, contrastRules, fresh }) => {
    type Result = { violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
    // One run at a time (axe refuses a second while one is going): every rule but contrast over the document, then
    // the contrast rules over one element per new text style.
    const rules = Object.fromEntries(contrastRules.map((id) => [id, { enabled: false }]));
    const results = [await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] })];
    const byKey = (window as unknown as { vfTextStyles: Map<string, Element> }).vfTextStyles;
    const include = fresh.map((key) => byKey.get(key)).filter((el): el is Element => !!el);
    if (include.length) results.push(await axe.run({ include }, { runOnly: { type: 'rule', values: contrastRules }, resultTypes: ['violations'] }));
    return results.flatMap((r) => r.violations).map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, { tags: WCAG_22_AA, contrastRules: CONTRAST_RULES, fresh });
  // A style counts as checked once it passed: a failing one is reported again wherever it shows.
  if (violations.every((line) => !CONTRAST_RULES.some((id) => line.startsWith(`${id} `)))) for (const key of fresh) contrastChecked.add(key);
  return violations;
}
