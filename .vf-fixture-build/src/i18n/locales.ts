// The course's locales: ids used in URLs and content, and their BCP 47 tags for <html lang>.
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 language tags for `<html lang>` and hreflang. */
export const langTag: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Each locale's own name, shown in the language switcher. */
export const localeName: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other locale (there are two). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-cn' : 'en';
}
