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

describe('video-call-deposit', () => {
  const s = load('video-call-deposit');
  const play = player(s);

  it('a careful owner checks the balance, calls the card number, warns and reports: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('v2'), flag('v3'), flag('v4'), flag('v6'), tool('official-lookup'), CLOSE, SKIP, flag('n2'),
      tool('call-known-number'), CLOSE, tool('warn-friends'), CLOSE, tool('report'), CLOSE, choose('stop'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-warned' } });
    expect(r.actsUsed).toEqual(['check-balance', 'known-contact', 'warn-contacts', 'report']);
    expect(r.score).toBe(100);
  });

  it('the call is a 30-second video call from his own account, then text', () => {
    const first = view(s, play([SKIP])).messages;
    expect(first[0]!.message).toMatchObject({ type: 'call', mode: 'video', status: 'ended', seconds: 30 });
    expect(s.participants.find((p) => p.id === 'zhou')!.remark).toBeDefined();
  });

  it('the head-turn check makes the face blur and the caller hang up', () => {
    const st = play([SKIP, tool('video-call'), CLOSE, SKIP]);
    expect(view(s, st).messages.some((m) => m.id === 'h2')).toBe(true);
    expect(result(s, play([SKIP, tool('video-call'), CLOSE, SKIP, tool('call-known-number'), CLOSE, choose('stop')]))!.ending.id).toBe('safe-quiet');
  });

  it('refusing to advance money that has not arrived keeps it, without ever learning who typed', () => {
    expect(result(s, play([SKIP, tool('official-lookup'), CLOSE, SKIP, choose('wait-for-money'), SKIP, choose('leave-it')]))).toMatchObject({ outcome: 'safe', ending: { id: 'safe' } });
  });

  it('paying on the screenshot, then calling 110 at once, recovers part: 120,000 lost', () => {
    expect(result(s, play([SKIP, choose('pay-now'), SKIP, choose('call-110-now')]))).toMatchObject({ outcome: 'partly-recovered', ending: { id: 'partly', amount: 120000 } });
  });

  it('asking the account first gives time to block you: 800,000 lost', () => {
    const end = play([SKIP, tool('official-lookup'), CLOSE, SKIP, choose('advance'), SKIP, choose('ask-zhou-first'), SKIP, choose('call-110-late')]);
    expect(view(s, end).messages.find((m) => m.id === 'aa2')!.message).toMatchObject({ type: 'system', text: { 'zh-cn': '消息已发出，但被对方拒收了。' } });
    expect(result(s, end)).toMatchObject({ outcome: 'lost', ending: { id: 'lost', amount: 800000 } });
  });

  it('money is lost only on paths through a transfer', () => {
    expect(lossesByEnding(s)).toEqual({ 'safe-warned': 0, 'safe-quiet': 0, safe: 0, partly: 120000, lost: 800000 });
  });
});

describe('help-verify-code', () => {
  const s = load('help-verify-code');
  const play = player(s);

  it('a careful friend phones first, keeps the code and warns the group: safe, full marks', () => {
    const r = result(s, play([SKIP, flag('a2'), flag('a3'), flag('a4'), tool('call-known-number'), CLOSE, tool('warn-friends'), CLOSE, choose('done')]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-warned' } });
    expect(r.actsUsed).toEqual(['known-contact', 'keep-code', 'warn-friends']);
    expect(r.score).toBe(100);
  });

  it('scanning shows "您已完成辅助验证" with no confirm step, then a code is asked for', () => {
    const st = play([SKIP, choose('scan'), SKIP]);
    const ids = view(s, st).messages.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['s1', 't1']));
    expect(view(s, st).messages.find((m) => m.id === 's1')!.message).toMatchObject({ type: 'system', text: { 'zh-cn': '您已完成辅助验证。' } });
  });

  it('passing on the code hands over your account; freezing at once and warning friends keeps everyone safe', () => {
    const toGiven = [SKIP, choose('scan'), SKIP, choose('give-code'), SKIP];
    expect(result(s, play([...toGiven, choose('freeze-now'), tool('warn-friends'), CLOSE, choose('done-frozen')]))).toMatchObject({ outcome: 'safe', ending: { id: 'frozen-warned' } });
    expect(result(s, play([...toGiven, choose('freeze-now'), choose('done-frozen')]))!.ending.id).toBe('frozen');
  });

  it('waiting after passing on the code lets the thief borrow 1,600 yuan from your friends', () => {
    const r = result(s, play([SKIP, choose('scan'), SKIP, choose('give-code'), SKIP, choose('wait-and-see'), SKIP, choose('freeze-late')]))!;
    expect(r).toMatchObject({ outcome: 'lost', ending: { id: 'friends-lost', amount: 1600 } });
    expect(r.riskyChoices).toEqual(['scan', 'give-code']);
  });

  it('refusing kindly without a call keeps the code but never finds out', () => {
    expect(result(s, play([SKIP, choose('ask-voice'), SKIP, choose('refuse-kindly'), SKIP, choose('leave')]))).toMatchObject({ outcome: 'safe', ending: { id: 'safe-unchecked' }, actsUsed: ['keep-code'] });
  });

  it('money is lost only on paths that pass on the code', () => {
    for (const [ending, path] of enumeratePaths(s)) {
      expect(path.some((a) => a.type === 'choose' && a.choice === 'give-code') && ending === 'friends-lost', ending).toBe(lossesByEnding(s)[ending]! > 0);
    }
  });
});

describe('locked-out-account', () => {
  const s = load('locked-out-account');
  const play = player(s);

  it('freeze from the login screen first, warn by phone, remove the unknown device: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('k1'), choose('freeze'), SKIP, tool('warn-friends'), CLOSE, tool('call-known-number'), CLOSE,
      choose('go-to-recover'), SKIP, tool('official-lookup'), CLOSE, choose('finish'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'secured' } });
    expect(r.actsUsed).toEqual(['freeze-login', 'warn-friends', 'call-95017', 'remove-devices']);
    expect(r.score).toBe(100);
  });

  it('the first choice offered is the login-screen freeze route', () => {
    const first = s.nodes['kicked-out']!.choices![0]!;
    expect(first.text['zh-cn']).toContain('更多选项 → 微信安全中心 → 冻结帐号');
    expect(first.act).toBe('freeze-login');
  });

  it('recovering without warning friends or checking devices is safe but incomplete', () => {
    expect(result(s, play([SKIP, choose('freeze'), SKIP, choose('go-to-recover'), SKIP, choose('finish')]))!.ending.id).toBe('recovered');
  });

  it('waiting until morning lets the thief borrow 2,000 from your cousin', () => {
    expect(result(s, play([SKIP, choose('sleep-on-it'), SKIP, choose('freeze-late')]))).toMatchObject({ outcome: 'lost', ending: { id: 'cousin-paid', amount: 2000 } });
  });

  it('a paid "recovery service" is a second scam; backing out before paying leads to the free freeze', () => {
    expect(result(s, play([SKIP, choose('search-help'), SKIP, choose('pay-agent'), SKIP, choose('stop-and-freeze')]))).toMatchObject({ outcome: 'lost', ending: { id: 'second-scam', amount: 600 } });
    expect(play([SKIP, choose('search-help'), SKIP, choose('back-out')]).node).toBe('frozen');
  });

  it('every loss comes from waiting or paying the "service"', () => {
    expect(lossesByEnding(s)).toEqual({ secured: 0, recovered: 0, 'cousin-paid': 2000, 'second-scam': 600 });
  });
});
