// Scenarios teach what real phones show, and endings teach fairly: for every scenario the best path scores 100
// and each ending lists only the red flags shown and the acts offered on its path; the checker rejects screens
// the real apps do not have (FACTS D, L, M).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RawContent } from '../../src/content-check/load';
import { checkScenarios } from '../../src/content-check/scenarios';
import { act, bestPath, enumeratePaths, result, start, type Action, type Scenario } from '../../src/engine/scenario';
import { scenarioSchema } from '../../src/schemas/scenario';
import { fixtureAvatars, fixtureCourse, rawFixture } from '../fixtures/scenarios/load';

const dir = fileURLToPath(new URL('../../content/scenarios/', import.meta.url));
const scenarios = readdirSync(dir).filter((f) => f.endsWith('.yaml'))
  .map((f) => [f.replace(/\.yaml$/, ''), scenarioSchema.parse(parse(readFileSync(join(dir, f), 'utf8')))] as const);

/** Play actions (skipping the pacing) and return the final state. */
function play(s: Scenario, actions: Action[]) {
  return actions.reduce((state, a) => act(s, act(s, state, a), { type: 'skip' }), act(s, start(s), { type: 'skip' }));
}

describe('every scenario', () => {
  it('has scenarios to check', () => expect(scenarios.length).toBeGreaterThan(0));

  for (const [id, s] of scenarios) {
    it(`${id}: the best path scores 100`, () => {
      const best = bestPath(s)!;
      expect(best.score).toBe(100);
      expect(result(s, play(s, best.actions))!.score).toBe(100);
    }, 30_000);

    it(`${id}: each ending lists only the red flags shown and the acts offered on its path`, () => {
      for (const [ending, actions] of enumeratePaths(s)) {
        const state = play(s, actions);
        const r = result(s, state)!;
        expect(r.ending.id).toBe(ending);
        // Red flags: each listed one appears on a message the learner saw on this path.
        const shown = new Set(Object.values(s.nodes).flatMap((n) => n.messages ?? []).filter((m) => m.redFlag)
          .filter((m) => state.log.some((e) => e.a === 'enter' && (s.nodes[e.node]?.messages ?? []).includes(m))).map((m) => m.redFlag));
        for (const f of [...r.caught, ...r.missed]) expect(shown, `${ending}: ${f.redFlag}`).toContain(f.redFlag);
        // Acts: each one listed as not done was offered at a decision this path reached.
        const offered = new Set(state.log.filter((e) => e.a === 'enter').flatMap((e) => {
          const n = s.nodes[e.node]!;
          return [...(n.choices ?? []).map((c) => c.act), ...(n.tools ?? []).flatMap((t) => [t.act, t.transfer?.verifyAct, t.transfer?.confirm.act, t.transfer?.confirmDelayed?.act, t.transfer?.cancel?.act])];
        }));
        for (const a of r.actsMissed) expect(offered, `${ending}: ${a}`).toContain(a);
      }
    }, 30_000);
  }
});

describe('the checker rejects screens the real apps do not have', () => {
  type Data = Record<string, any>;
  const check = (change: (s: Data) => void) => {
    const data = rawFixture('mini');
    change(data);
    const raw: RawContent = {
      root: '', modules: new Map(), lessons: [], guides: [], quizzes: new Map(), glossary: null, problems: [],
      scenarios: new Map([['mini', { file: 'scenarios/mini.yaml', data }]]),
    };
    return checkScenarios(raw, fixtureCourse(), fixtureAvatars).map((p) => `${p.field}: ${p.message}`);
  };

  it('accepts the fixture as it is', () => expect(check(() => {})).toEqual([]));

  it('a mutual-friend count on a profile', () => {
    expect(check((s) => { s.participants[0].mutualFriends = 0; })).toEqual([expect.stringMatching(/^participants\.0\.mutualFriends: a profile shows no mutual-friend count/)]);
  });

  it('a real name or a name check on a red packet', () => {
    const problems = check((s) => { s.nodes.ask.tools.find((t: Data) => t.type === 'transfer').transfer.kind = 'red-packet'; });
    expect(problems).toContainEqual(expect.stringMatching(/transfer\.payee: a red packet shows no real name/));
    expect(problems).toContainEqual(expect.stringMatching(/transfer\.verifyAct: a red packet has no name check/));
  });

  it('验证姓名 on a transfer that is not to a phone number', () => {
    expect(check((s) => { delete s.nodes.ask.tools.find((t: Data) => t.type === 'transfer').transfer.kind; }))
      .toContainEqual(expect.stringMatching(/verifyAct: 验证姓名 is only described for transfers to a phone number/));
  });

  it('a private chat with a non-friend that opens without a friend-request step', () => {
    expect(check((s) => { s.participants[0].notFriend = true; }))
      .toContainEqual(expect.stringMatching(/must open with a friend-request step/));
    expect(check((s) => {
      s.participants[0].notFriend = true;
      s.nodes[s.start].messages.unshift({ id: 'req', from: 'fake', type: 'system', event: 'friend-request', text: { en: 'Li Wei wants to add you.', 'zh-cn': '李伟请求添加你为朋友。' } });
    })).toEqual([]);
  });

  it('a copied account whose avatar differs from the person it copies', () => {
    expect(check((s) => { s.participants[0].copies = 'real'; s.participants[0].avatar = 'person-blue.svg'; }))
      .toEqual([expect.stringMatching(/^participants\.0\.avatar: a copied account shows the same avatar/)]);
  });
});
