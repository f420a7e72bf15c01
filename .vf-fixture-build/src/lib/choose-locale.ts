// Picks the course language at "/": the remembered choice if valid, else the first Chinese or English browser language.
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

export function choosePickerLocale(remembered: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-cn';
    if (lower.startsWith('en')) return 'en';
  }
  return defaultLocale;
}
