// Finds the page's locale from its URL (the first path segment after the base).
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { basePath } from './urls';

export function localeFromUrl(pageUrl: URL, base?: string): Locale {
  const rest = pageUrl.pathname.slice(basePath(base).length);
  const first = rest.split('/')[0];
  return isLocale(first) ? first : defaultLocale;
}
