// Saves each scenario's play state (the engine's RunState) under "vf:run:<scenario>" so leaving and coming back resumes.
//
// Shape: the RunState exactly as the engine returns it (`{ v, node, shown, flags, flagged, panel, log }`),
// JSON-encoded; never content. Lifecycle: loaded once when the chat opens, saved after every action that
// changes the state, cleared by "Try again". Validation and versions belong to the engine's restore():
// anything it refuses (corrupt JSON, an old version, ids this scenario no longer has) starts a fresh
// run and says so. Storage full or blocked: the run goes on in memory.
// restore() is imported only when something is saved, so a first visit does not download it.
import './storage-engine';
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { start, type RunState, type Scenario } from '../engine/scenario';

/** Why the chat did not simply start fresh: picked up a saved run, or dropped an unreadable one. */
export type RunNotice = 'resumed' | 'corrupt' | null;

export interface LoadedRun {
  state: RunState;
  notice: RunNotice;
}

type Restore = (scenario: Scenario, saved: unknown) => RunState | null;

/** The storage key of a scenario's run. */
export const runKey = (scenarioId: string) => `vf:run:${scenarioId}`;

/** Largest saved run we will parse; a real run is a few KB. */
const MAX_CHARS = 100_000;

/** What a stored value means for this scenario: nothing → fresh; a valid run → resume; anything else → fresh, with a notice. */
export function decodeRun(scenario: Scenario, stored: string | undefined, restore: Restore): LoadedRun {
  const fresh = start(scenario);
  if (stored === undefined || stored === '') return { state: fresh, notice: null };
  let data: unknown = null;
  if (stored.length <= MAX_CHARS) {
    try {
      data = JSON.parse(stored);
    } catch {
      data = null;
    }
  }
  const state = data === null ? null : restore(scenario, data);
  if (!state) return { state: fresh, notice: 'corrupt' };
  const untouched = JSON.stringify(state) === JSON.stringify(fresh);
  return { state, notice: untouched ? null : 'resumed' };
}

/** The saved run as a store, read fresh from storage (a page holds one chat; no cross-tab sync is wanted mid-play). */
function storeFor(scenarioId: string): WritableAtom<string | undefined> {
  return persistentAtom<string | undefined>(runKey(scenarioId), undefined, { listen: false });
}

function write(scenarioId: string, value: string | undefined): void {
  try {
    storeFor(scenarioId).set(value);
  } catch {
    // Storage full or blocked: nothing is kept beyond this page; play goes on.
  }
}

/** The run to show when the chat opens. */
export async function loadRun(scenario: Scenario, scenarioId: string): Promise<LoadedRun> {
  let stored: string | undefined;
  try {
    stored = storeFor(scenarioId).get();
  } catch {
    stored = undefined;
  }
  if (stored === undefined || stored === '') return { state: start(scenario), notice: null };
  const { restore } = await import('../engine/scenario-restore');
  const loaded = decodeRun(scenario, stored, restore);
  if (loaded.notice === 'corrupt') write(scenarioId, undefined);
  return loaded;
}

/** Keep the run for next time. */
export function saveRun(scenarioId: string, state: RunState): void {
  write(scenarioId, JSON.stringify(state));
}

/** Forget the run (for "Try again"). */
export function clearRun(scenarioId: string): void {
  write(scenarioId, undefined);
}
