// Filling {placeholders} and picking a language, with no string table imported, so islands can use it.
import type { Locale } from './locales';
import { own } from '../engine/own';

export type Params = Readonly<Record<string, string | number>>;

/** `text` with `{name}` placeholders filled from `params`; a placeholder without a value stays visible as `{name}`. */
export function fill(text: string | undefined, params?: Params): string {
  if (text === undefined) return '';
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = own(params, name);
    return value === undefined ? whole : String(value);
  });
}

/** The page's language from a bilingual content field. */
export function pick(locale: Locale, text: Readonly<Record<Locale, string>>): string {
  return text[locale];
}

/** UI strings already resolved for one locale (so an island does not ship both tables), by key. */
export type Strings<K extends string = string> = Readonly<Record<K, string>>;

/**
 * t() for islands over resolved strings: `key`'s text with placeholders filled; the key itself if it is missing.
 * Plurals: when `params.n` is 1 and a `<key>.one` string exists, that one is used ("1 learner"). Both locales
 * define `.one` next to the key (in Chinese it repeats the sentence with the number, as Chinese has no plural).
 */
export function translator<K extends string>(strings: Strings<K>) {
  return (key: K, params?: Params): string => {
    const one = params?.n === 1 ? (strings as Strings)[`${key}.one`] : undefined;
    return fill(one ?? strings[key] ?? key, params);
  };
}

/** An amount of yuan in the page's number style, without "¥" (the strings place it). */
export function formatAmount(locale: Locale, amount: number): string {
  return amount.toLocaleString(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
}

/**
 * An ending's outcome in words: "You lost ¥N" when an amount was lost, else the outcome's own label.
 * `text` gives the string for "outcome.lostAmount" or "outcome.<outcome>" (the scenario.* keys), filled.
 */
export function outcomeLabel(
  locale: Locale, ending: { outcome: string; amount?: number | undefined }, text: (key: string, params?: Params) => string,
): string {
  return ending.outcome === 'lost' && ending.amount
    ? text('outcome.lostAmount', { amount: formatAmount(locale, ending.amount) })
    : text(`outcome.${ending.outcome}`);
}
