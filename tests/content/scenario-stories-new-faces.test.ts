// The new-faces scenarios play out as designed: the careful path keeps the money, each risky path loses
// what its ending says, and the genuine control counts refusing without checking as a false alarm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultContentDir } from '../../src/content-check/index';
import { act, enumeratePaths, result, start, view, type Action, type Scenario } from '../../src/engine/scenario';
import { parseScenario } from '../fixtures/scenarios/load';

const load = (id: string): Scenario => parseScenario(parse(readFileSync(join(defaultContentDir, 'scenarios', `${id}.yaml`), 'utf8')));
const SKIP: Action = { type: 'skip' };
const CLOSE: Action = { type: 'close' };
const tool = (t: string): Action => ({ type: 'tool', tool: t } as Action);
const choose = (choice: string): Action => ({ type: 'choose', choice });
const flag = (message: string): Action => ({ type: 'flag', message });
const player = (s: Scenario) => (actions: Action[]) => actions.reduce((st, a) => {
  const next = act(s, st, a);
  expect(next, `action ${JSON.stringify(a)} at node ${st.node}`).not.toBe(st);
  return next;
}, start(s));

/** Every ending's loss, checked against every path that reaches it: money is lost only on paths that paid. */
function lossesByEnding(s: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [ending, path] of enumeratePaths(s)) {
    const r = result(s, path.reduce((st, a) => act(s, st, a), start(s)))!;
    out[ending] = r.outcome === 'lost' || r.outcome === 'partly-recovered' ? r.ending.amount ?? 0 : 0;
  }
  return out;
}

describe('boss-work-group', () => {
  const s = load('boss-work-group');
  const play = player(s);
  const toOrder = [SKIP, choose('accept'), SKIP, choose('ask-why'), SKIP];

  it('a careful clerk compares the card, calls the saved number, warns and reports: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('q1'), tool('profile-card'), CLOSE, choose('accept'), SKIP, flag('g3'), choose('ask-why'), SKIP,
      flag('d1'), flag('d3'), flag('d4'), tool('call-known-number'), CLOSE, SKIP, flag('t1'),
      tool('warn-friends'), CLOSE, tool('report'), CLOSE, choose('leave-group'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-warned' } });
    expect(r.actsUsed).toEqual(['check-profile', 'known-contact', 'warn-colleagues', 'report']);
    expect(r.missed).toEqual([]);
    expect(r.score).toBe(100);
  });

  it('asking the real boss in the old chat stops it at the friend request', () => {
    const r = result(s, play([SKIP, choose('ask-old-chat'), SKIP, choose('ignore-request')]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-early' }, actsUsed: ['known-contact'] });
  });

  it('insisting on the procedure and walking to the office also keeps the money', () => {
    const r = result(s, play([...toOrder, choose('insist-procedure'), SKIP, choose('wait-for-boss'), SKIP, choose('leave-group')]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe' }, actsUsed: ['follow-procedure'] });
  });

  it('a second approver who also trusts the chat is no safeguard: paying loses 500,000', () => {
    const end = play([...toOrder, choose('ask-wang'), SKIP, choose('pay-with-approval'), SKIP, choose('pay-more'), SKIP, choose('call-110-late')]);
    expect(view(s, end).messages.some((m) => m.id === 'w2')).toBe(true);
    const r = result(s, end)!;
    expect(r).toMatchObject({ outcome: 'lost', ending: { id: 'lost', amount: 500000 } });
    expect(r.riskyChoices).toEqual(['pay-with-approval', 'pay-more']);
  });

  it('a second approver who insists on a call turns the story round', () => {
    const r = result(s, play([...toOrder, choose('ask-wang'), SKIP, choose('still-check'), SKIP, choose('leave-group')]))!;
    expect(r.ending.id).toBe('safe');
  });

  it('paying once, then stopping and calling 110 at once, recovers part: 50,000 lost', () => {
    const r = result(s, play([...toOrder, choose('pay-now'), SKIP, choose('stop-and-call'), SKIP, choose('call-110-now')]))!;
    expect(r).toMatchObject({ outcome: 'partly-recovered', ending: { id: 'partly', amount: 50000 } });
    expect(r.actsUsed).toEqual(['known-contact', 'call-110']);
  });

  it('a declined group call is a red flag, not a check', () => {
    const st = play([...toOrder, tool('video-call'), CLOSE, SKIP]);
    expect(view(s, st).messages.find((m) => m.id === 'c1')!.message).toMatchObject({ type: 'call', status: 'declined' });
  });

  it('money is lost only on paths through a payment', () => {
    expect(lossesByEnding(s)).toEqual({ 'safe-early': 0, 'safe-warned': 0, safe: 0, partly: 50000, lost: 500000 });
    for (const [ending, path] of enumeratePaths(s)) {
      const paid = path.some((a) => a.type === 'choose' && /^pay|give-in/.test(a.choice));
      expect(paid, ending).toBe(ending === 'partly' || ending === 'lost');
    }
  });
});

describe('teacher-fee-qr', () => {
  const s = load('teacher-fee-qr');
  const play = player(s);

  it('a careful parent checks the card, rings the school, warns and reports: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('n1'), flag('n3'), flag('n4'), flag('n6'), tool('profile-card'), CLOSE,
      tool('call-known-number'), CLOSE, SKIP, tool('warn-friends'), CLOSE, tool('report'), CLOSE, choose('pay-nothing'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-warned' } });
    expect(r.actsUsed).toEqual(['check-profile', 'ask-school', 'warn-parents', 'report']);
    expect(r.score).toBe(100);
  });

  it('asking in the group gets an answer from the fake itself', () => {
    const st = play([SKIP, choose('ask-in-group'), SKIP]);
    expect(view(s, st).messages.find((m) => m.id === 'a1')!.message.from).toBe('fake-teacher');
  });

  it('waiting for the real teacher at the break keeps the money; without a warning, other families pay', () => {
    const end = play([SKIP, choose('message-teacher'), SKIP, choose('wait-for-break'), SKIP, choose('pay-nothing'), SKIP]);
    expect(result(s, end)).toMatchObject({ outcome: 'safe', ending: { id: 'safe-quiet' } });
    expect(view(s, end).messages.some((m) => m.id === 'q1' && m.message.from === 'teacher')).toBe(true);
  });

  it('another parent having paid is no check: following her loses 284 yuan', () => {
    const r = result(s, play([SKIP, choose('ask-duoduo'), SKIP, choose('pay-like-duoduo'), SKIP, choose('call-110')]))!;
    expect(r).toMatchObject({ outcome: 'lost', ending: { id: 'lost', amount: 284 } });
    expect(r.riskyChoices).toEqual(['pay-like-duoduo']);
  });

  it('after paying, the fake leaves the group and the real teacher says it was not her', () => {
    const st = play([SKIP, choose('scan-and-pay'), SKIP]);
    const ids = view(s, st).messages.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['p3', 'p4']));
    expect(result(s, play([SKIP, choose('scan-and-pay'), SKIP, choose('let-it-go')]))).toMatchObject({ ending: { id: 'lost-unreported', amount: 284 } });
  });

  it('money is lost only on paths through a payment, and always 284 yuan', () => {
    expect(lossesByEnding(s)).toEqual({ 'safe-warned': 0, 'safe-quiet': 0, lost: 284, 'lost-unreported': 284 });
  });
});

describe('genuine-school-notice (control)', () => {
  const s = load('genuine-school-notice');
  const play = player(s);

  it('has no red flags: every flagged message is a false alarm', () => {
    expect(s.redFlags).toEqual([]);
    const r = result(s, play([SKIP, flag('n1'), tool('call-known-number'), CLOSE, choose('sign-up-checked'), SKIP]))!;
    expect(r.falseAlarms).toEqual(['n1']);
    expect(r.score).toBeLessThan(result(s, play([SKIP, tool('call-known-number'), CLOSE, choose('sign-up-checked'), SKIP]))!.score);
  });

  it('checking with the school and then signing up is the best ending', () => {
    const r = result(s, play([SKIP, tool('profile-card'), CLOSE, tool('call-known-number'), CLOSE, choose('sign-up-checked'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'helped', ending: { id: 'helped-checked' }, falseAlarms: [] });
    expect(r.actsUsed).toEqual(['check-profile', 'ask-school']);
  });

  it('the paper notice in the schoolbag counts as a check too', () => {
    expect(result(s, play([SKIP, tool('official-lookup'), CLOSE, choose('sign-up-checked'), SKIP]))!.ending.id).toBe('helped-checked');
  });

  it('signing up without any check helps, but says why checking matters', () => {
    const r = result(s, play([SKIP, choose('sign-up-now'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'helped', ending: { id: 'helped-unchecked' } });
  });

  it('a private message to the same account is not a check on its own', () => {
    expect(result(s, play([SKIP, choose('ask-privately'), SKIP, choose('sign-up-after-dm'), SKIP]))!.ending.id).toBe('helped-unchecked');
  });

  it('calling a real notice fake, or ignoring it, without checking is a false alarm', () => {
    expect(result(s, play([SKIP, choose('call-it-scam'), SKIP, choose('apologise-sign-up')]))).toMatchObject({ outcome: 'false-alarm', ending: { id: 'false-warning' } });
    expect(result(s, play([SKIP, choose('ignore'), SKIP]))).toMatchObject({ outcome: 'false-alarm', ending: { id: 'ignored' } });
    expect(result(s, play([SKIP, choose('ask-in-group'), SKIP, choose('refuse-after-answer'), SKIP]))!.ending.id).toBe('ignored');
  });

  it('declining after checking is the learner\'s own choice, not a false alarm', () => {
    expect(result(s, play([SKIP, tool('call-known-number'), CLOSE, choose('decline-checked'), SKIP]))).toMatchObject({ outcome: 'safe', ending: { id: 'declined' } });
  });

  it('no path loses money', () => {
    expect(Object.values(lossesByEnding(s)).every((v) => v === 0)).toBe(true);
  });
});

describe('grandson-voice-call', () => {
  const s = load('grandson-voice-call');
  const play = player(s);

  it('a careful grandmother asks, calls back and reports: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('r2'), flag('r3'), tool('private-question'), CLOSE, SKIP, flag('q2'),
      tool('call-known-number'), CLOSE, tool('report'), CLOSE, choose('done'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-reported' } });
    expect(r.actsUsed).toEqual(['call-back', 'private-question', 'report']);
    expect(r.score).toBe(100);
  });

  it('ringing his mother ends it as well', () => {
    const r = result(s, play([SKIP, choose('ring-daughter'), SKIP, choose('done')]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe' }, actsUsed: ['ask-relative'] });
  });

  it('telling the bank teller the truth stops it at the counter', () => {
    const r = result(s, play([SKIP, choose('agree'), SKIP, choose('go-to-bank'), SKIP, choose('tell-teller'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-bank' }, actsUsed: ['accept-help'] });
    expect(r.riskyChoices).toEqual(['agree', 'go-to-bank']);
  });

  it('a cover story at the bank hands 20,000 yuan to a stranger; the ending is kind either way', () => {
    const base = [SKIP, choose('agree'), SKIP, choose('go-to-bank'), SKIP, choose('cover-story'), SKIP];
    expect(result(s, play([...base, choose('call-110')]))).toMatchObject({ outcome: 'lost', ending: { id: 'lost', amount: 20000 } });
    const quiet = play([...base, choose('stay-quiet'), SKIP]);
    expect(result(s, quiet)).toMatchObject({ outcome: 'lost', ending: { amount: 20000 } });
    expect(view(s, quiet).messages.some((m) => m.id === 'td1')).toBe(true);
  });

  it('money is lost only after the cover story', () => {
    expect(lossesByEnding(s)).toEqual({ 'safe-reported': 0, safe: 0, 'safe-bank': 0, lost: 20000 });
    for (const [ending, path] of enumeratePaths(s)) {
      expect(path.some((a) => a.type === 'choose' && a.choice === 'cover-story'), ending).toBe(ending === 'lost');
    }
  });
});
