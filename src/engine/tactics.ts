// Named tactics: the tricks behind red flags, earned as badges across scenarios when the learner flags a
// message showing one (as inoculation games name each technique). Red flags name their tactic in content
// (`tactic:`); labels live in src/i18n (`tactic.<id>`). Pure, no DOM.
import { ID_PATTERN } from '../schemas/id-pattern';
import { TACTICS, type Tactic } from '../schemas/scenario-vocab';
import type { Result, Scenario } from './scenario-types';

export { TACTICS, type Tactic };

/** Tactic ids earned in one run: those of the red flags the learner flagged, in declaration order. */
export function earnedTactics(scenario: Scenario, result: Result): Tactic[] {
  const caught = new Set(result.caught.map((c) => c.redFlag));
  const out: Tactic[] = [];
  for (const f of scenario.redFlags) if (f.tactic && caught.has(f.id) && !out.includes(f.tactic)) out.push(f.tactic);
  return out;
}

/** Saved badges: tactic id → the scenario ids where it was spotted (sorted, unique). */
export type TacticBadges = Partial<Record<Tactic, string[]>>;

const isTactic = (x: string): x is Tactic => (TACTICS as readonly string[]).includes(x);

/** Badges after a run, adding this scenario to each tactic earned. */
export function withTactics(badges: TacticBadges, scenarioId: string, tactics: readonly Tactic[]): TacticBadges {
  const next: TacticBadges = { ...badges };
  for (const t of tactics) next[t] = [...new Set([...(next[t] ?? []), scenarioId])].sort();
  return next;
}

/** Saved badges from storage text: unknown tactics and bad entries are dropped, never thrown on. */
export function parseTactics(raw: unknown): TacticBadges {
  let data: unknown = raw;
  if (typeof raw === 'string') { try { data = JSON.parse(raw); } catch { return {}; } }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: TacticBadges = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (!isTactic(k) || !Array.isArray(v)) continue;
    const ids = v.filter((x): x is string => typeof x === 'string' && ID_PATTERN.test(x)).slice(0, 100);
    if (ids.length) out[k] = [...new Set(ids)].sort();
  }
  return out;
}
