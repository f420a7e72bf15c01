// Builds every internal URL from the configured base path, so the site works under a sub-path.
import type { Locale } from '../i18n/locales';

/** The site's base path with exactly one trailing slash, e.g. "/" or "/course/". */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The base in the browser, from <html data-base>: the build's base on the site, a relative path ("../../")
 * inside an LMS package (scripts/postbuild/lms.mjs rewrites it). Resolve it against the page for import().
 */
export function pageBase(): string {
  return (typeof document === 'undefined' ? undefined : document.documentElement.dataset.base) ?? basePath();
}

/** A base-aware URL for a path inside the site: url('en/modules/x/') → "/course/en/modules/x/". */
export function url(path = '', base?: string): string {
  return basePath(base) + path.replace(/^\/+/, '');
}

/** The locale-relative path for a page: localePath('en', 'modules', 'x') → "/…/en/modules/x/". */
export function localeUrl(locale: Locale, ...segments: string[]): string {
  const rest = segments.filter(Boolean).map((s) => s.replace(/^\/+|\/+$/g, '')).join('/');
  return url(rest ? `${locale}/${rest}/` : `${locale}/`);
}

/** URL of a lesson, optionally of one of its sections. */
export function lessonUrl(locale: Locale, module: string, lesson: string, section?: string): string {
  return localeUrl(locale, 'modules', module, lesson) + (section ? `#${section}` : '');
}

/** Resolve a content reference "module/lesson#section" to a URL. */
export function lessonRefUrl(locale: Locale, ref: string): string {
  const [path = '', section] = ref.split('#');
  const [module = '', lesson = ''] = path.split('/');
  return lessonUrl(locale, module, lesson, section);
}

/** An absolute URL for a site path when SITE is configured; undefined without it (never a made-up origin). */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}
