// What a finished scenario run reports to progress (and so to shared results and the class debrief).
import type { RunReport } from './progress/shape';
import type { Result, RunState } from './scenario-types';

/** The run's report: ending, outcome, score, red flags caught and missed, false alarms, acts used and the choice path. */
export function runReport(result: Result, state: RunState): RunReport {
  return {
    ending: result.ending.id,
    outcome: result.outcome,
    score: result.score,
    caught: result.caught.map((c) => c.redFlag),
    missed: result.missed.map((m) => m.redFlag),
    falseAlarms: [...result.falseAlarms],
    acts: [...result.actsUsed],
    path: state.log.flatMap((e) => (e.a === 'choose' ? [e.choice] : [])),
  };
}
