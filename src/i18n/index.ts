// UI strings: one flat JSON per locale and a typed t() that fills {placeholders}.
import en from './en.json';
import zhCn from './zh-cn.json';
import { fill, type Params } from './format';
import type { UiKey } from './keys';
import type { Locale } from './locales';

export * from './locales';
export { fill, formatAmount, outcomeLabel, pick, translator, type Params, type Strings } from './format';
export type { KeysUnder, UiKey } from './keys';

const tables: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn as Record<UiKey, string> };

/** The UI string `key` in `locale`, with `{name}` placeholders replaced from `params`. */
export function t(locale: Locale, key: UiKey, params?: Params): string {
  return fill(tables[locale][key] ?? tables.en[key] ?? key, params);
}
