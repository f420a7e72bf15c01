// Every real scenario: valid, linked to agreed lesson sections, every path ends, every ending reachable, properties hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenario, listAvatars } from '../../src/content-check/scenarios';
import { act, enumeratePaths, possibleActions, result, start, type RunState, type Scenario } from '../../src/engine/scenario';
import { defaultContentDir } from '../../src/content-check/index';
import { scenarioSchema } from '../../src/schemas/scenario';
import { agreedCourse } from '../fixtures/scenarios/course-ids';
import { checkProperties } from '../fixtures/scenarios/properties';

const dir = join(defaultContentDir, 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

/** Explore every position (ignoring flagged messages); true if each one can still reach an ending. */
function everyPositionCanEnd(scenario: Scenario): { positions: number; stuck: string[] } {
  const key = (s: RunState) => JSON.stringify([s.node, s.shown, s.flags, s.panel]);
  const states = new Map<string, RunState>();
  const edges = new Map<string, string[]>();
  const queue = [start(scenario)];
  states.set(key(queue[0]!), queue[0]!);
  while (queue.length) {
    const state = queue.pop()!;
    const from = key(state);
    const next: string[] = [];
    for (const action of possibleActions(scenario, state)) {
      if (action.type === 'flag' || action.type === 'unflag') continue;
      const after = act(scenario, state, action);
      const k = key(after);
      next.push(k);
      if (!states.has(k)) { states.set(k, after); queue.push(after); }
    }
    edges.set(from, next);
  }
  const canEnd = new Set([...states].filter(([, s]) => result(scenario, s) !== null).map(([k]) => k));
  for (let changed = true; changed;) {
    changed = false;
    for (const [from, tos] of edges) if (!canEnd.has(from) && tos.some((t) => canEnd.has(t))) { canEnd.add(from); changed = true; }
  }
  return { positions: states.size, stuck: [...states.keys()].filter((k) => !canEnd.has(k)) };
}

describe.each(files)('scenario %s', (file) => {
  const data = parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const parsed = scenarioSchema.safeParse(data);

  it('matches the schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
  if (!parsed.success) return;
  const scenario = parsed.data;

  it('passes the scenario checks (against the agreed lesson ids)', () => {
    expect(checkScenario(`scenarios/${file}`, scenario, agreedCourse(), listAvatars())).toEqual([]);
  });

  it('is big enough to teach: ≥ 12 nodes, ≥ 3 endings, ≥ 2 protective acts, ≥ 3 red flags or checks', () => {
    expect(Object.keys(scenario.nodes).length).toBeGreaterThanOrEqual(12);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    expect(scenario.protectiveActs.length).toBeGreaterThanOrEqual(2);
    expect(scenario.kind === 'scam' ? scenario.redFlags.length : scenario.protectiveActs.length).toBeGreaterThanOrEqual(3);
  });

  it('reaches every ending', () => {
    expect([...enumeratePaths(scenario).keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
  });

  it('can end from every position a learner can reach', () => {
    const { positions, stuck } = everyPositionCanEnd(scenario);
    expect(positions).toBeGreaterThan(0);
    expect(stuck).toEqual([]);
  });

  it('holds the engine properties', () => {
    checkProperties(scenario, 100);
  });
});
