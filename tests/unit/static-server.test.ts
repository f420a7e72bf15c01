// The browser tests' static server answers as astro preview does for this site (tests/support/static-server.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/static-server';

describe('static server for the browser tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vf-static-'));
  let server: StaticServer;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${server.port}${path}`, { headers });

  beforeAll(async () => {
    mkdirSync(join(dir, 'en/glossary'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>home');
    writeFileSync(join(dir, 'en/glossary/index.html'), '<p>glossary');
    writeFileSync(join(dir, '404.html'), '<p>not found');
    writeFileSync(join(dir, 'app.js'), 'export {};');
    writeFileSync(join(dir, 'search.wasm'), 'x');
    writeFileSync(join(dir, 'en_8a93736.pf_filter'), 'f'); // pagefind's index files
    server = await serveStatic(dir, '/course/');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a folder\'s index.html at its path with the trailing slash, and files with their type', async () => {
    const page = await get('/course/en/glossary/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe('<p>glossary');
    expect((await get('/course/')).status).toBe(200);
    expect((await get('/course/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/course/search.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/course/en_8a93736.pf_filter')).status).toBe(200);
  });

  it('answers 404 with the build\'s 404 page: without the trailing slash, outside the base, missing or outside the folder', async () => {
    for (const path of ['/course/en/glossary', '/en/glossary/', '/course/nothing/', '/course/%2e%2e/%2e%2e/etc/passwd', '/course/%zz/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('<p>not found');
    }
  });

  it('revalidates by ETag: no-cache, and 304 when the file has not changed', async () => {
    const first = await get('/course/app.js');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag')!;
    expect((await get('/course/app.js', { 'if-none-match': etag })).status).toBe(304);
  });
});
