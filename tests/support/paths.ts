// Where the project and its built pages are, without importing astro, axe or Playwright (content tests use this).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every HTML page in a build folder, as paths relative to the base ("en/", "en/modules/x/", "404.html"). */
export function htmlPages(outDir = join(root, 'dist')): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
    return name.endsWith('.html') ? [path] : [];
  });
  return walk(outDir).map((file) => relative(outDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')).sort();
}

/** The HTML file of a page path from htmlPages(). */
export function pageFile(outDir: string, path: string): string {
  return join(outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}
