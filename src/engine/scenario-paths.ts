// Exploring a scenario: the actions possible in a state, and every ending reachable (for tests and checks).
import { act, result, start } from './scenario-rules';
import { creditedActs, isDecisionOpen, isEnded, isPending, nodeOf, possibleActs, transcript, transferOf } from './scenario-graph';
import type { Action, RunState, Scenario } from './scenario-types';

/**
 * Every distinct valid action now: panel actions when a panel is open (a name check with the payee's
 * and with the expected name), reveal/skip while pending, choices and tools at a decision, and
 * flag/unflag for visible messages. Empty once the run has ended.
 */
export function possibleActions(scenario: Scenario, state: RunState): Action[] {
  if (isEnded(scenario, state)) return [];
  const out: Action[] = [];
  const panel = state.panel;
  if (panel?.type === 'tool') out.push({ type: 'close' });
  else if (panel?.type === 'transfer') {
    const transfer = transferOf(scenario, panel.node);
    if (transfer) {
      if (transfer.kind === 'phone-number' && transfer.payee) {
        out.push({ type: 'verify-name', name: transfer.payee['zh-cn'] }, { type: 'verify-name', name: transfer.expected?.en ?? '?' });
      }
      out.push({ type: 'confirm-transfer', delayed: false });
      if (transfer.confirmDelayed) out.push({ type: 'confirm-transfer', delayed: true });
      out.push({ type: 'cancel-transfer' });
    }
  } else if (isPending(scenario, state)) out.push({ type: 'reveal' }, { type: 'skip' });
  else if (isDecisionOpen(scenario, state)) {
    const node = nodeOf(scenario, state.node);
    for (const c of node?.choices ?? []) out.push({ type: 'choose', choice: c.id });
    for (const t of node?.tools ?? []) out.push({ type: 'tool', tool: t.type });
  }
  for (const m of transcript(scenario, state)) {
    if (m.flaggable) out.push(m.flagged ? { type: 'unflag', message: m.id } : { type: 'flag', message: m.id });
  }
  return out;
}

/** Where a run is, ignoring history and flagged messages: two runs with the same key play on alike. */
function positionKey(state: RunState): string {
  return JSON.stringify([state.node, state.shown, state.flags, state.panel]);
}

/**
 * Breadth-first search over positions (flagging ignored, pending messages skipped in one step):
 * each reachable ending id with one shortest action sequence from start() that reaches it.
 * `limit` caps the positions explored.
 */
export function enumeratePaths(scenario: Scenario, limit = 20_000): Map<string, Action[]> {
  const endings = new Map<string, Action[]>();
  const first = start(scenario);
  const queue: { state: RunState; path: Action[] }[] = [{ state: first, path: [] }];
  const seen = new Set([positionKey(first)]);
  for (let i = 0; i < queue.length && seen.size <= limit; i++) {
    const { state, path } = queue[i]!;
    const ending = isEnded(scenario, state) ? nodeOf(scenario, state.node)?.ending : undefined;
    if (ending !== undefined) {
      if (!endings.has(ending)) endings.set(ending, path);
      continue;
    }
    for (const action of possibleActions(scenario, state)) {
      if (action.type === 'flag' || action.type === 'unflag' || action.type === 'reveal') continue;
      const next = act(scenario, state, action);
      const key = positionKey(next);
      if (next === state || seen.has(key)) continue;
      seen.add(key);
      queue.push({ state: next, path: [...path, action] });
    }
  }
  return endings;
}

/**
 * The best play of a scenario: an action sequence with the highest score when every red-flag message
 * shown before the end is flagged as it appears. Searches positions together with the acts credited and
 * offered so far; `limit` caps the positions explored. The returned actions include the flags, each
 * placed right after the step that revealed its message.
 */
export function bestPath(scenario: Scenario, limit = 60_000): { ending: string; actions: Action[]; score: number } | null {
  const key = (s: RunState) => JSON.stringify([s.node, s.shown, s.flags, s.panel, [...creditedActs(scenario, s)].sort(), [...possibleActs(scenario, s)].sort()]);
  /** Flag every red-flag message now visible and not yet flagged. */
  const flagAll = (s: RunState, path: Action[]): { state: RunState; path: Action[] } => {
    let state = s;
    const out = [...path];
    for (const m of transcript(scenario, s)) {
      if (!m.flaggable || m.flagged || !m.message.redFlag) continue;
      state = act(scenario, state, { type: 'flag', message: m.id });
      out.push({ type: 'flag', message: m.id });
    }
    return { state, path: out };
  };
  const first = flagAll(start(scenario), []);
  const queue = [first];
  const seen = new Set([key(first.state)]);
  let best: { ending: string; actions: Action[]; score: number } | null = null;
  for (let i = 0; i < queue.length && seen.size <= limit; i++) {
    const { state, path } = queue[i]!;
    for (const action of possibleActions(scenario, state)) {
      if (action.type === 'flag' || action.type === 'unflag' || action.type === 'reveal') continue;
      const after = act(scenario, state, action);
      if (after === state) continue;
      const next = flagAll(after, [...path, action]);
      if (isEnded(scenario, next.state)) {
        const r = result(scenario, next.state);
        if (r && (!best || r.score > best.score)) best = { ending: r.ending.id, actions: next.path, score: r.score };
        continue;
      }
      const k = key(next.state);
      if (seen.has(k)) continue;
      seen.add(k);
      queue.push(next);
    }
  }
  return best;
}
