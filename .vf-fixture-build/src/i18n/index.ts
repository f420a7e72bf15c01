// UI strings: one flat JSON per locale and a typed t() that fills {placeholders}.
import en from './en.json';
import zhCn from './zh-cn.json';
import type { Locale } from './locales';

export * from './locales';

export type UiKey = keyof typeof en;
const tables: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn as Record<UiKey, string> };

/** The UI string `key` in `locale`, with `{name}` placeholders replaced from `params`. */
export function t(locale: Locale, key: UiKey, params?: Record<string, string | number>): string {
  const text = tables[locale][key] ?? tables.en[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
}

/** A t() bound to one locale, for components. */
export function useT(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}

/** Pick the right language from a bilingual content field. */
export function pick(locale: Locale, text: { en: string; 'zh-cn': string }): string {
  return text[locale];
}
