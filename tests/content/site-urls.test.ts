// Canonical, og:url, hreflang, sitemap and robots.txt: absolute only when SITE gives a public address, never a made-up localhost.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCourse, removeDir } from '../support/fixture';
import { root } from '../support/paths';
import { projectCopy } from '../../scripts/build-if-stale.mjs';
import siteWarning, { SITE_MISSING } from '../../src/integrations/site-warning';

const textFiles = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) return textFiles(path);
  return /\.(html|xml|txt|json|js|css|webmanifest|ics)$/.test(name) ? [path] : [];
});

function build(env: Record<string, string>): { outDir: string; output: string } {
  const outDir = join(tmpdir(), `vf-site-${process.pid}-${Object.keys(env).join('')}`);
  const content = fixtureCourse();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV|SITE)$/.test(key)));
  const project = projectCopy(join(tmpdir(), `vf-site-project-${process.pid}`)); // its own .astro/ state
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', VF_CONTENT_DIR: content, VF_OUT_DIR: outDir, ...env },
  });
  removeDir(content);
  removeDir(project);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return { outDir, output: result.stdout + result.stderr };
}

describe.skipIf(Boolean(process.env.SITE))('dist/ built without SITE', () => {
  it('writes no localhost URL anywhere', () => {
    const hits = textFiles(join(root, 'dist')).filter((file) => readFileSync(file, 'utf8').includes('localhost'));
    expect(hits).toEqual([]);
  });

  it('has no canonical, og:url or sitemap; hreflang links are root-relative', () => {
    const html = readFileSync(join(root, 'dist/en/index.html'), 'utf8');
    expect(html).not.toMatch(/rel="canonical"|property="og:url"/);
    expect(html).toContain('<link rel="alternate" hreflang="zh-CN" href="/zh-cn/">');
    expect(existsSync(join(root, 'dist/sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(root, 'dist/robots.txt'), 'utf8')).not.toContain('Sitemap:');
  });
});

describe('the build without SITE', () => {
  it('warns that SITE is not set, and is quiet with it', () => {
    const warned: string[] = [];
    const logger = { warn: (m: string) => warned.push(m) };
    const start = (site: string | undefined) => (siteWarning(site).hooks['astro:build:start'] as (o: unknown) => void)({ logger });
    start('https://course.example.org');
    expect(warned).toEqual([]);
    start(undefined);
    expect(warned).toEqual([SITE_MISSING]);
  });
});

describe('a build with SITE', () => {
  let site: { outDir: string; output: string };
  beforeAll(() => {
    site = build({ SITE: 'https://course.example.org' });
  }, 180_000);
  afterAll(() => removeDir(site.outDir));

  it('points canonical, og:url, hreflang, sitemap and robots.txt at SITE, as before', () => {
    const html = readFileSync(join(site.outDir, 'en/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://course.example.org/en/">');
    expect(html).toContain('<meta property="og:url" content="https://course.example.org/en/">');
    expect(html).toContain('<link rel="alternate" hreflang="zh-CN" href="https://course.example.org/zh-cn/">');
    expect(readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://course.example.org/en/</loc>');
    expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://course.example.org/sitemap-index.xml');
    expect(site.output).not.toContain(SITE_MISSING);
  });
});

