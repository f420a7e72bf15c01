// The rules behind the endings that teach: the best path scores 100, the running meter, tactic badges.
import { describe, expect, it } from 'vitest';
import { act, bestPath, meter, result, start, type Action, type RunState } from '../../src/engine/scenario';
import { earnedTactics, parseTactics, withTactics } from '../../src/engine/tactics';
import { loadFixture, parseScenario, rawFixture } from '../fixtures/scenarios/load';

const mini = loadFixture('mini');
const SKIP: Action = { type: 'skip' };
const play = (actions: Action[], from: RunState = start(mini)) => actions.reduce((s, a) => act(mini, s, a), from);

describe('bestPath', () => {
  it('finds a play that scores 100, flags included, and replays to the same result', () => {
    const best = bestPath(mini)!;
    expect(best.score).toBe(100);
    const end = play(best.actions.flatMap((a) => [a, SKIP]));
    expect(result(mini, end)).toMatchObject({ score: 100, ending: { id: best.ending } });
  });

  it('scales the outcome so a scenario whose best ending is a partial recovery can still reach 100', () => {
    const data = rawFixture('mini') as any;
    data.endings = data.endings.map((e: any) => (e.outcome === 'safe' ? { ...e, outcome: 'partly-recovered' } : e));
    const after = parseScenario(data);
    expect(bestPath(after)!.score).toBe(100);
  });
});

describe('meter', () => {
  it('shows the money asked for so far and the checks done, nothing ahead', () => {
    expect(meter(mini, start(mini))).toEqual({ atStake: 0, checks: 0 });
    const seen = play([SKIP]);
    expect(meter(mini, seen).atStake).toBe(2000); // the transfer card m3 has been shown
    expect(meter(mini, play([{ type: 'tool', tool: 'profile-card' }], seen)).checks).toBe(1);
  });
});

describe('tactic badges', () => {
  const data = rawFixture('mini') as any;
  data.redFlags[0].tactic = 'urgency';
  data.redFlags[1].tactic = 'refuses-call';
  const tagged = parseScenario(data);

  it('are earned for the tactics of red flags the learner flagged, not for those merely seen', () => {
    const s = [SKIP, { type: 'flag', message: 'm2' }, { type: 'choose', choice: 'trust' }, SKIP].reduce((x, a) => act(tagged, x, a as Action), start(tagged));
    expect(earnedTactics(tagged, result(tagged, s)!)).toEqual(['urgency']);
  });

  it('accumulate across scenarios and survive bad storage', () => {
    const b = withTactics(withTactics({}, 'one', ['urgency']), 'two', ['urgency', 'secrecy']);
    expect(b).toEqual({ urgency: ['one', 'two'], secrecy: ['two'] });
    expect(parseTactics(JSON.stringify(b))).toEqual(b);
    expect(parseTactics('{not json')).toEqual({});
    expect(parseTactics({ urgency: ['<script>', 'ok'], bogus: ['x'], secrecy: 'nope' })).toEqual({ urgency: ['ok'] });
  });

  it('are rejected by the schema when the tactic is unknown', () => {
    const bad = rawFixture('mini') as any;
    bad.redFlags[0].tactic = 'made-up';
    expect(() => parseScenario(bad)).toThrow(/tactic/);
  });
});
