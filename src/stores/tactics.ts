// Tactic badges earned in this browser (src/engine/tactics.ts has the rules): tactic id → scenario ids.
import { parseTactics, withTactics, type Tactic, type TacticBadges } from '../engine/tactics';

export const TACTICS_KEY = 'vf:tactics';

/** The badges saved here; bad or missing storage gives none, never an error. */
export function loadTactics(): TacticBadges {
  try { return parseTactics(localStorage.getItem(TACTICS_KEY)); } catch { return {}; }
}

/** Add the tactics spotted in one run. */
export function recordTactics(scenarioId: string, tactics: readonly Tactic[]): void {
  if (tactics.length === 0) return;
  try { localStorage.setItem(TACTICS_KEY, JSON.stringify(withTactics(loadTactics(), scenarioId, tactics))); } catch { /* storage unavailable: badges are not kept */ }
}
