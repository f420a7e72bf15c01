// The one browser helper: serve a built site with Astro's preview(), launch Chromium, watch pages, run axe.
import { preview } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { FIXTURE } from '../../scripts/build-if-stale.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';

export { htmlPages, pageFile, root } from '../support/paths';
import { root } from '../support/paths';

export interface Site {
  /** Origin plus base, e.g. "http://127.0.0.1:4400/" or "http://127.0.0.1:4401/course/". */
  base: string;
  origin: string;
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serve a built output folder (default dist/) on 127.0.0.1 with Astro's preview server. */
export async function serve(options: { outDir?: string; base?: string } = {}): Promise<Site> {
  const base = options.base ?? '/';
  const server = await preview({
    root,
    base,
    outDir: options.outDir ?? './dist',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: await freePort() },
    telemetry: false,
  } as Parameters<typeof preview>[0]);
  const origin = `http://127.0.0.1:${server.port}`;
  return { origin, base: `${origin}${base}`, close: () => server.stop() };
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

/** A fresh context and page that records console errors, page errors and requests. */
export async function openPage(options: { reducedMotion?: boolean; width?: number; height?: number; javaScriptEnabled?: boolean; largeText?: boolean } = {}): Promise<Watched> {
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

/** The axe rules that measure colour contrast: about 70 % of axe's time on a page of text (many points hit-tested). */
export const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * WCAG 2.2 AA axe violations on the page as readable lines ([] when clean).
 * axe runs in the page itself, injected once per document: @axe-core/playwright's builder would open a second page
 * for each run to merge frame results, three times the cost, and the site has no frames to merge. Only violations
 * are collected (passes would be serialised node by node for nothing). `skip` leaves rules out (by axe rule id).
 */
export async function axeViolations(page: Page, options: { skip?: readonly string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  if (await page.$('iframe')) throw new Error('axeViolations() checks the top document only, and this page has a frame');
  return page.evaluate(async ({ tags, skip }) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, { tags: WCAG_22_AA, skip: [...(options.skip ?? [])] });
}
