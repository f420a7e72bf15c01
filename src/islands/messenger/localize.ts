// Build time: shrinks a scenario to the page's language before it is handed to the chat island.
import type { Locale } from '../../i18n/locales';
import type { Scenario } from '../../engine/scenario';

/** Fields the engine compares in both languages (the transfer screen's name check), kept whole. */
const BILINGUAL = new Set(['payee', 'expected']);

const isLocalized = (x: unknown): x is Record<Locale, string> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) &&
  Object.keys(x).length === 2 && typeof (x as Record<string, unknown>).en === 'string' &&
  typeof (x as Record<string, unknown>)['zh-cn'] === 'string';

/**
 * The scenario with every bilingual `{en, zh-cn}` reduced to `{[locale]: text}`, so pick(locale, …)
 * still works on it but the page carries one language. The shape is otherwise unchanged, so the
 * engine runs on it as on the full scenario.
 */
export function localizeScenario(scenario: Scenario, locale: Locale): Scenario {
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, ''));
    if (isLocalized(value)) return BILINGUAL.has(key) ? value : { [locale]: value[locale] };
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(scenario, '') as Scenario;
}
