// The three mini-program scenarios play out as designed: careful paths score full marks, each loss
// costs exactly the money paid on that path, and the genuine control punishes refusing without checking.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultContentDir } from '../../src/content-check/index';
import { act, result, start, view, type Action, type RunState, type Scenario } from '../../src/engine/scenario';
import { parseScenario } from '../fixtures/scenarios/load';

const load = (id: string): Scenario => parseScenario(parse(readFileSync(join(defaultContentDir, 'scenarios', `${id}.yaml`), 'utf8')));
const SKIP: Action = { type: 'skip' };
const CLOSE: Action = { type: 'close' };
const PAY: Action = { type: 'confirm-transfer', delayed: false };
const CANCEL: Action = { type: 'cancel-transfer' };
const tool = (t: string): Action => ({ type: 'tool', tool: t } as Action);
const choose = (choice: string): Action => ({ type: 'choose', choice });
const verify = (name: string): Action => ({ type: 'verify-name', name });

/** Play actions in order, failing loudly if one is not possible (so a renamed id breaks the test). */
function player(s: Scenario) {
  return (actions: Action[], from: RunState = start(s)): RunState => actions.reduce((st, a) => {
    const next = act(s, st, a);
    if (next === st && a.type !== 'skip') throw new Error(`action ${JSON.stringify(a)} is not possible at node "${st.node}"`);
    return next;
  }, from);
}

/** Flag every visible red-flag message not yet flagged (what a perfect spotter does at each stop). */
function flagAll(s: Scenario, st: RunState): RunState {
  return view(s, st).messages
    .filter((m) => m.flaggable && !m.flagged && m.message.redFlag)
    .reduce((acc, m) => act(s, acc, { type: 'flag', message: m.id }), st);
}

/** Like player, but flags every red flag before each action. */
function carefulPlayer(s: Scenario) {
  return (actions: Action[]): RunState => actions.reduce((st, a) => {
    const ready = flagAll(s, act(s, st, SKIP));
    return a.type === 'skip' ? ready : act(s, ready, a);
  }, start(s));
}

describe('seminar-group-vip', () => {
  const s = load('seminar-group-vip');
  const play = player(s);
  const toOffer = [SKIP, choose('go'), SKIP];

  it('a careful owner checks, asks, refuses, warns and reports: safe, every act, full marks', () => {
    const r = result(s, carefulPlayer(s)([
      tool('official-lookup'), CLOSE, tool('profile-card'), CLOSE, choose('ask-who'),
      choose('ask-quote'), choose('ask-ownership'), choose('not-today-3'),
      tool('transfer'), verify('嘉兴众拓信息科技有限公司'), CANCEL, choose('walk'),
      tool('report'), CLOSE, tool('warn-friends'), CLOSE, choose('done'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-spoke-up' }, score: 100, missed: [], falseAlarms: [] });
    expect(r.actsUsed.sort()).toEqual(s.protectiveActs.map((a) => a.id).sort());
    expect(r.caught.length).toBe(s.redFlags.length - 1); // only the deposit path shows "pay the rest first"
  });

  it('the payment code is a person: the screen shows "*强", not the company; stopping there is the check', () => {
    const open = play([...toOffer, choose('sign-now'), SKIP, tool('transfer')]);
    expect(view(s, open).panel).toMatchObject({ type: 'transfer', maskedName: { 'zh-cn': '*强' } });
    // A code payment has no 验证姓名 (FACTS D: only transfers to a phone number have it).
    expect(act(s, open, verify('嘉兴众拓信息科技有限公司'))).toBe(open);
    const stopped = act(s, open, { type: 'cancel-transfer' });
    expect(stopped.log).toContainEqual(expect.objectContaining({ a: 'transfer', mode: 'cancel' }));
  });

  it('having checked the facts, walking away sends the host the Tencent fact, and he rejects the message', () => {
    const st = play([...toOffer, tool('official-lookup'), CLOSE, choose('not-today'), SKIP, choose('walk'), SKIP]);
    const texts = view(s, st).messages.map((m) => m.message);
    expect(texts).toContainEqual(expect.objectContaining({ from: 'me', text: expect.objectContaining({ 'zh-cn': expect.stringContaining('没有官方授权代理') }) }));
    expect(result(s, play([choose('leave'), SKIP], st))).toMatchObject({ ending: { id: 'safe-quiet' }, outcome: 'safe' });
  });

  it('signing on the spot loses the reported 19,800 and ends blocked', () => {
    const end = play([...toOffer, choose('sign-now'), SKIP, tool('transfer'), PAY, SKIP]);
    expect(view(s, end).messages.some((m) => m.message.type === 'system' && m.message.text['zh-cn'] === '消息已发出，但被对方拒收了。')).toBe(true);
    expect(result(s, end)).toMatchObject({ outcome: 'lost', ending: { id: 'lost-19800', amount: 19800 }, riskyChoices: ['sign-now'], score: 0 });
  });

  it('a deposit and then the balance is the same 19,800', () => {
    const r = result(s, play([...toOffer, choose('not-today'), SKIP, tool('transfer'), PAY, SKIP, tool('transfer'), PAY, SKIP]))!;
    expect(r).toMatchObject({ ending: { id: 'lost-19800', amount: 19800 } });
  });

  it('stopping after the deposit loses 9,900, and the debrief promises no recovery', () => {
    const r = result(s, play([...toOffer, choose('not-today'), SKIP, tool('transfer'), PAY, SKIP, choose('stop-paying'), SKIP, tool('report'), CLOSE, SKIP]))!;
    expect(r).toMatchObject({ outcome: 'lost', ending: { id: 'deposit-stopped', amount: 9900 } });
    expect(r.actsUsed).toEqual(['refuse-on-spot', 'report']);
    expect(r.ending.debrief.en).toMatch(/nobody can promise/);
    expect(r.ending.debrief['zh-cn']).toMatch(/谁也不能打包票/);
  });
});

describe('stacked-fees-300', () => {
  const s = load('stacked-fees-300');
  const play = player(s);
  const pay = [tool('transfer'), PAY, SKIP];
  const start300 = [SKIP, choose('message-him'), SKIP, ...pay];

  it('asking for a written total and walking away: safe, every act, full marks', () => {
    const r = result(s, carefulPlayer(s)([
      tool('profile-card'), CLOSE, choose('message-him'), tool('official-lookup'), CLOSE, choose('ask-total'),
      choose('walk-early'), tool('report'), CLOSE, tool('warn-friends'), CLOSE, choose('done'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe' }, score: 100, missed: [] });
  });

  it('each fee paid raises the loss, and paying everything passes 10,000 as reported', () => {
    const amount = (actions: Action[]) => result(s, play([...actions, SKIP]))?.ending.amount;
    expect(amount([...start300, choose('stop-at-300'), SKIP, choose('say-nothing')])).toBe(300);
    expect(amount([...start300, ...pay, choose('stop-at-1800'), SKIP, choose('say-nothing')])).toBe(1800);
    expect(amount([...start300, ...pay, ...pay, choose('stop-at-8200'), SKIP, choose('say-nothing')])).toBe(8200);
    const all = amount([...start300, ...pay, ...pay, ...pay, choose('say-nothing')]);
    expect(all).toBe(10500);
    expect(all).toBeGreaterThan(10000);
  });

  it('the loss equals the sum of the transfers actually confirmed', () => {
    const st = play([...start300, ...pay, ...pay, choose('stop-at-8200'), SKIP, choose('say-nothing'), SKIP]);
    const paid = st.log.filter((e) => e.a === 'transfer' && e.mode === 'instant')
      .reduce((sum, e) => sum + (s.nodes[e.node]!.tools!.find((t) => t.type === 'transfer')!.transfer!.amount), 0);
    expect(paid).toBe(result(s, st)!.ending.amount);
  });
});

describe('genuine-freelance-quote', () => {
  const s = load('genuine-freelance-quote');
  const play = player(s);
  const toQuote = [SKIP, choose('wait-for-quote'), SKIP, choose('confirm-needs'), SKIP];

  it('has no red flags to find', () => {
    expect(s.redFlags).toEqual([]);
  });

  it('checking, then signing with ownership in writing and staged payment, is the best ending', () => {
    const r = result(s, play([
      SKIP, tool('profile-card'), CLOSE, tool('call-known-number'), CLOSE, choose('wait-for-quote'), SKIP, choose('confirm-needs'), SKIP,
      tool('official-lookup'), CLOSE, choose('see-work'), SKIP, choose('ask-contract'), SKIP, choose('sign-stages'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'helped', ending: { id: 'went-ahead-checked' }, score: 100 });
  });

  it('refusing before any check is a false alarm', () => {
    expect(result(s, play([SKIP, choose('refuse-early'), SKIP]))).toMatchObject({ outcome: 'false-alarm', ending: { id: 'false-alarm' }, score: 40 });
    expect(result(s, play([...toQuote, choose('refuse-quote'), SKIP]))).toMatchObject({ outcome: 'false-alarm' });
  });

  it('declining after a real check is not a false alarm', () => {
    const r = result(s, play([SKIP, tool('call-known-number'), CLOSE, choose('refuse-early'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'not-now' } });
  });

  it('going ahead on a handshake helps but scores below checking first', () => {
    const r = result(s, play([...toQuote, choose('sign-now'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'helped', ending: { id: 'handshake' } });
    expect(r.score).toBeLessThan(100);
    expect(r.ending.debrief.en).toMatch(/contract/);
  });

  it('flagging his innocent messages costs points', () => {
    const r = result(s, play([SKIP, { type: 'flag', message: 'm3' }, { type: 'flag', message: 'm5' }, choose('wait-for-quote'), SKIP, choose('confirm-needs'), SKIP, choose('sign-now'), SKIP]))!;
    expect(r.falseAlarms).toEqual(['m3', 'm5']);
    expect(r.parts.spotting).toBe(10);
  });
});
