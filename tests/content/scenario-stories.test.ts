// The two real friend-impersonation scenarios play out as designed: the lessons their endings teach.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultContentDir } from '../../src/content-check/index';
import { act, result, start, view, type Action, type Scenario } from '../../src/engine/scenario';
import { parseScenario } from '../fixtures/scenarios/load';

const load = (id: string): Scenario => parseScenario(parse(readFileSync(join(defaultContentDir, 'scenarios', `${id}.yaml`), 'utf8')));
const SKIP: Action = { type: 'skip' };
const tool = (t: string): Action => ({ type: 'tool', tool: t } as Action);
const choose = (choice: string): Action => ({ type: 'choose', choice });
const flag = (message: string): Action => ({ type: 'flag', message });
const CLOSE: Action = { type: 'close' };

describe('copied-account-hospital', () => {
  const s = load('copied-account-hospital');
  const play = (actions: Action[]) => actions.reduce((st, a) => act(s, st, a), start(s));
  const toHospital = [SKIP, choose('accept'), SKIP];

  it('a careful learner checks, reports and warns: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('friend-request'), tool('profile-card'), CLOSE, choose('accept'), SKIP, flag('new-account'), flag('dad-hospital'),
      tool('video-call'), CLOSE, SKIP, flag('video-declined'), flag('voice-its-me'),
      tool('call-known-number'), CLOSE, SKIP, tool('report'), CLOSE, tool('warn-friends'), CLOSE, choose('finish'), SKIP,
    ]))!;
    expect(r.ending.id).toBe('safe-warned');
    expect(r.actsUsed).toEqual(['check-profile', 'known-contact', 'report', 'warn-friends']);
    expect(r.missed.map((m) => m.redFlag)).toEqual([]);
    expect(r.score).toBe(100);
  });

  it('asking on the old chat before accepting ends safely at once', () => {
    const r = result(s, play([SKIP, choose('ask-old-chat'), SKIP, choose('decline-request')]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'safe-early' }, actsUsed: ['known-contact'] });
  });

  it('the transfer screen masks the payee as "*伟", and the full name does not match Li Wei', () => {
    const open = play([...toHospital, tool('transfer')]);
    expect(view(s, open).panel).toMatchObject({ type: 'transfer', maskedName: { 'zh-cn': '*伟', en: '*Wei' } });
    expect(view(s, act(s, open, { type: 'verify-name', name: '李伟' })).panel).toMatchObject({ check: 'mismatch' });
  });

  it('paying at once loses 5,000 yuan and ends with "rejected by the recipient"', () => {
    const end = play([...toHospital, tool('transfer'), { type: 'confirm-transfer', delayed: false }, SKIP]);
    expect(view(s, end).messages.at(-1)!.message).toMatchObject({ type: 'system', text: { 'zh-cn': '消息已发出，但被对方拒收了。' } });
    expect(result(s, end)).toMatchObject({ outcome: 'lost', ending: { amount: 5000 }, score: 0 });
  });

  it('delayed arrival, then a call to the known number, recovers part', () => {
    const r = result(s, play([
      ...toHospital, tool('transfer'), { type: 'confirm-transfer', delayed: true }, SKIP,
      tool('call-known-number'), CLOSE, tool('report'),
    ]))!;
    expect(r).toMatchObject({ outcome: 'partly-recovered', actsUsed: ['known-contact', 'delayed-arrival', 'report'] });
  });

  it('trusting the voice clip after a refused video call still loses the money', () => {
    const r = result(s, play([...toHospital, choose('agree'), SKIP, tool('video-call'), CLOSE, SKIP, tool('transfer'), { type: 'confirm-transfer', delayed: false }, SKIP]))!;
    expect(r.outcome).toBe('lost');
    expect(r.riskyChoices).toEqual(['agree']);
    expect(r.missed.map((m) => m.redFlag)).toEqual(['new-account-story', 'urgent-story', 'keep-quiet', 'refuses-call', 'replayed-voice']);
  });
});

describe('genuine-friend-in-need', () => {
  const s = load('genuine-friend-in-need');
  const play = (actions: Action[]) => actions.reduce((st, a) => act(s, st, a), start(s));
  const pay: Action[] = [tool('transfer'), { type: 'verify-name', name: '陈静' }, { type: 'confirm-transfer', delayed: false }, SKIP];

  it('has no red flags to find', () => {
    expect(s.redFlags).toEqual([]);
  });

  it('calling the known number, then helping, is the best ending', () => {
    const end = play([SKIP, tool('call-known-number'), CLOSE, SKIP, tool('transfer'), { type: 'verify-name', name: 'chen jing' }]);
    expect(view(s, end).panel).toMatchObject({ maskedName: { 'zh-cn': '*静' }, check: 'match' });
    const r = result(s, play([SKIP, tool('call-known-number'), CLOSE, SKIP, ...pay]))!;
    expect(r).toMatchObject({ outcome: 'helped', ending: { id: 'helped-checked' }, score: 100 });
  });

  it('paying without any check helps, but scores lower and says why checking matters', () => {
    const r = result(s, play([SKIP, tool('transfer'), { type: 'confirm-transfer', delayed: false }, SKIP]))!;
    expect(r).toMatchObject({ outcome: 'helped', ending: { id: 'helped-unchecked' }, score: 80 });
    expect(r.ending.debrief.en).toMatch(/hijacked/);
  });

  it('refusing or blocking without checking is a false alarm', () => {
    expect(result(s, play([SKIP, choose('refuse'), SKIP]))).toMatchObject({ outcome: 'false-alarm', riskyChoices: ['refuse'], score: 40 });
    expect(result(s, play([SKIP, choose('block-her'), SKIP]))).toMatchObject({ outcome: 'false-alarm', ending: { id: 'blocked' } });
  });

  it('flagging her innocent messages costs points', () => {
    const r = result(s, play([SKIP, flag('rent'), flag('no-pressure'), tool('call-known-number'), CLOSE, SKIP, ...pay]))!;
    expect(r.falseAlarms).toEqual(['rent', 'no-pressure']);
    expect(r.parts.spotting).toBe(10);
  });

  it('declining kindly after checking is not a false alarm', () => {
    const r = result(s, play([SKIP, tool('private-question'), CLOSE, SKIP, choose('decline-kindly'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'safe', ending: { id: 'declined-kindly' }, riskyChoices: [] });
  });
});
