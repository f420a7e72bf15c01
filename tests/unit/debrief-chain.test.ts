// The debrief's numbers through the real writers: play a real scenario → runReport → withScenarioRun → readProgress →
// buildResults (with check attempts) → file → aggregate. Catches the old "missed N of N" bug, reads format 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeAttempt } from '../../src/engine/check';
import { aggregate } from '../../src/engine/debrief';
import { classFigures } from '../../src/engine/discernment';
import { readProgress } from '../../src/engine/progress/read';
import { emptyProgress } from '../../src/engine/progress/shape';
import { withScenarioRun } from '../../src/engine/progress/update';
import { buildResults, parseResults, resultsToCode, resultsToFile } from '../../src/engine/results';
import { runReport } from '../../src/engine/run-report';
import { act, enumeratePaths, result, start, view, type RunState, type Scenario } from '../../src/engine/scenario';
import { root } from '../e2e/helpers';

const NOW = Date.UTC(2026, 10, 28, 12);
const scenarioId = 'copied-account-hospital';
const scenario = parse(readFileSync(join(root, 'content/scenarios', `${scenarioId}.yaml`), 'utf8')) as Scenario;

/** Play the shortest way to the first ending that takes a choice; flag the first red-flag message when `flag` is set. */
const route = [...enumeratePaths(scenario).values()].find((path) => path.some((a) => a.type === 'choose'))!;
function play(flag: boolean): RunState {
  let s = start(scenario);
  let flagged = !flag;
  for (const action of route) {
    s = act(scenario, s, action);
    const m = flagged ? undefined : view(scenario, s).messages.find((x) => x.flaggable && x.message.redFlag);
    if (m) { s = act(scenario, s, { type: 'flag', message: m.id }); flagged = true; }
  }
  if (!view(scenario, s).ended || !flagged) throw new Error('the route did not end, or nothing could be flagged');
  return s;
}

/** A learner's shared results file, written the way the site writes it. */
function learner(id: string, flag: boolean, hitsBefore: number, hitsAfter: number) {
  const state = play(flag);
  const r = result(scenario, state)!;
  let progress = withScenarioRun(emptyProgress(), scenarioId, runReport(r, state), NOW);
  progress = readProgress(JSON.parse(JSON.stringify(progress)), NOW).progress!; // saved and loaded again
  const truths = { s1: true, s2: true, s3: true, g1: false, g2: false, g3: false };
  const replies = (hits: number) => ({ s1: hits > 0 ? 'scam' : 'genuine', s2: hits > 1 ? 'scam' : 'genuine', s3: hits > 2 ? 'scam' : 'genuine', g1: 'genuine', g2: 'genuine', g3: 'scam' } as const);
  const check = [makeAttempt('before', 'a', replies(hitsBefore), truths, NOW), makeAttempt('after', 'b', replies(hitsAfter), truths, NOW)];
  return { results: buildResults(progress, { id, check }), state, r, check };
}

describe('debrief through the real writers', () => {
  const caught = learner('caught1', true, 1, 3);
  const missed = learner('missed1', false, 2, 2);
  const flag = caught.r.caught[0]!.redFlag;

  it('records caught, missed, false alarms and the choice path with the run', () => {
    const run = caught.results.scenarios[scenarioId]!;
    expect(run.caught).toContain(flag);
    expect(missed.results.scenarios[scenarioId]!.missed).toContain(flag);
    expect(run.falseAlarms).toEqual([]);
    expect(run.path).toEqual(caught.state.log.flatMap((e) => (e.a === 'choose' ? [e.choice] : [])));
    expect(run.path!.length).toBeGreaterThan(0);
  });

  it('shows a flag as missed by 1 of the 2 who saw it, the split at each choice, and the class check figures', () => {
    const summary = aggregate([
      { name: 'caught.json', text: resultsToFile(caught.results) },
      { name: 'code 1', text: resultsToCode(missed.results) },
    ]);
    const s = summary.scenarios.find((x) => x.id === scenarioId)!;
    expect(s.missedFlags.find((f) => f.id === flag)).toEqual({ id: flag, count: 1, seen: 2 });
    expect(s.withPath).toBe(2);
    expect(s.choices.find((c) => c.id === caught.results.scenarios[scenarioId]!.path![0])!.count).toBe(2);
    expect(summary.check.took).toBe(2);
    expect(summary.check.afterVsBefore).toEqual(classFigures([
      { before: caught.check[0]!, after: caught.check[1]! }, { before: missed.check[0]!, after: missed.check[1]! },
    ]));
  });

  it('reads results files of format 1, which lack caught flags, false alarms, paths and the check', () => {
    const old = readFileSync(join(root, 'tests/fixtures/results/v1-results.json'), 'utf8');
    const parsed = parseResults(old);
    expect(parsed.ok && parsed.results.scenarios[scenarioId]).toEqual({ ending: 'lost-3000', outcome: 'lost', score: 20, missed: ['urgent-story'], acts: [] });
    const summary = aggregate([{ name: 'old.json', text: old }, { name: 'new.json', text: resultsToFile(caught.results) }]);
    expect(summary.learners).toBe(2);
    expect(summary.scenarios[0]!.withPath).toBe(1);
    expect(summary.check.took).toBe(1);
  });

  it('answers a progress backup with what to send instead', () => {
    const backup = JSON.stringify({ ...emptyProgress(), exportedAt: new Date(NOW).toISOString() });
    expect(parseResults(backup)).toEqual({ ok: false, error: { code: 'progress-backup' } });
  });
});
