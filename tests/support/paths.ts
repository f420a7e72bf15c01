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

/** The page routes of src/pages (.astro files), static ones before dynamic ones, as matchers on page paths. */
const ROUTES = (() => {
  const pagesDir = join(root, 'src', 'pages');
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.astro') ? [relative(pagesDir, path).split(sep).join('/')] : [];
  });
  return walk(pagesDir)
    .map((file) => {
      const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
      const pattern = route.split('/').filter(Boolean).map((part) => (part === '[locale]' ? '(en|zh-cn)' : /^\[.+\]$/.test(part) ? '[^/]+' : part)).join('/');
      return { file, dynamic: (route.match(/\[/g) ?? []).length, regex: new RegExp(`^${pattern}${pattern ? '/' : ''}$`) };
    })
    .sort((a, b) => a.dynamic - b.dynamic);
})();

/** The template a page path is built from, with its locale: "en src/pages/[locale]/modules/[module]/[lesson].astro". */
export function templateOf(path: string): string {
  const route = ROUTES.find((r) => r.regex.test(path === '404.html' ? '404/' : path));
  if (!route) return path;
  return `${/^(en|zh-cn)\//.exec(path)?.[1] ?? ''} ${route.file}`;
}

/** The first page of each template and locale (see templateOf), in the order given. */
export function onePerTemplate(pages: string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((path) => !seen.has(templateOf(path)) && Boolean(seen.add(templateOf(path))));
}
