// The small running indicator during play: money at stake and checks done so far. It reveals nothing the
// learner has not seen (no red flags, no outcome): the amount comes from messages and screens already shown.
import { creditedActs, nodeOf, transcript, transferOf } from './scenario-graph';
import type { RunState, Scenario } from './scenario-types';

export interface Meter {
  /** Largest sum of money asked for or offered so far in what the learner has seen (yuan; 0 before any). */
  atStake: number;
  /** Different protective acts done so far. */
  checks: number;
}

export function meter(scenario: Scenario, state: RunState): Meter {
  let atStake = 0;
  for (const { message: m } of transcript(scenario, state)) {
    if (m.type === 'transfer' || m.type === 'red-packet' || (m.type === 'payment-qr' && m.amount !== undefined)) atStake = Math.max(atStake, m.amount ?? 0);
  }
  // A transfer screen the learner has opened shows its amount too.
  for (const e of state.log) if (e.a === 'tool' && e.tool === 'transfer') atStake = Math.max(atStake, transferOf(scenario, e.node)?.amount ?? 0);
  if (state.panel?.type === 'transfer' && nodeOf(scenario, state.panel.node)) atStake = Math.max(atStake, transferOf(scenario, state.panel.node)?.amount ?? 0);
  return { atStake, checks: creditedActs(scenario, state).size };
}
