// hijacked-red-packets and just-blocked play out as designed: the lessons their endings teach.
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
const pay: Action = { type: 'confirm-transfer', delayed: false };

describe('hijacked-red-packets', () => {
  const s = load('hijacked-red-packets');
  const play = (actions: Action[]) => actions.reduce((st, a) => act(s, st, a), start(s));

  it('a careful learner asks, calls the saved number, warns and reports: safe, full marks', () => {
    const r = result(s, play([
      SKIP, flag('a2'), flag('a3'), flag('a4'),
      tool('private-question'), CLOSE, SKIP, flag('q2'),
      tool('call-known-number'), CLOSE, SKIP,
      tool('warn-friends'), CLOSE, tool('report'), CLOSE, choose('stop-replying'), SKIP,
    ]))!;
    expect(r.ending.id).toBe('safe-warned');
    expect(r.actsUsed).toEqual(['call-known-number', 'private-question', 'no-red-packets', 'warn-friends', 'report']);
    expect(r.missed).toEqual([]);
    expect(r.score).toBe(100);
  });

  it('the red-packet screen shows no real name and has no name check (FACTS M)', () => {
    const open = play([SKIP, tool('transfer')]);
    expect(view(s, open).panel).toMatchObject({ type: 'transfer', transfer: { kind: 'red-packet' }, maskedName: { 'zh-cn': '' } });
    expect(act(s, open, { type: 'verify-name', name: '周晓雯' })).toBe(open);
    expect(s.nodes.ask!.tools!.find((t) => t.type === 'transfer')!.transfer!.delayed).toBe(false);
  });

  it('a declined call and a voice clip "是我本人", then paying, loses 1,000 yuan', () => {
    const r = result(s, play([SKIP, choose('ask-call'), SKIP, choose('send-after-voice'), tool('transfer'), pay, SKIP, choose('stop-sending'), SKIP, choose('call-110'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'lost', ending: { id: 'lost-1000', amount: 1000 } });
    expect(r.missed.map((m) => m.redFlag)).toEqual(expect.arrayContaining(['refused-call', 'replayed-voice', 'asks-for-more']));
    expect(r.riskyChoices).toEqual(['send-after-voice']);
  });

  it('sending again when asked for more loses 2,000 yuan', () => {
    const r = result(s, play([SKIP, tool('transfer'), pay, SKIP, tool('transfer'), pay, SKIP, choose('call-110'), SKIP]))!;
    expect(r).toMatchObject({ outcome: 'lost', ending: { id: 'lost-2000', amount: 2000 } });
  });

  it('refusing without warning anyone keeps your money, but a mutual friend pays', () => {
    const end = play([SKIP, choose('refuse'), SKIP, choose('leave-it'), SKIP]);
    expect(result(s, end)).toMatchObject({ outcome: 'safe', ending: { id: 'safe-quiet' } });
    expect(view(s, end).messages.some((m) => m.id === 'g1' && m.message.from === 'lin-shan')).toBe(true);
  });
});

describe('just-blocked', () => {
  const s = load('just-blocked');
  const play = (actions: Action[]) => actions.reduce((st, a) => act(s, st, a), start(s));
  const afterReport: Action[] = [
    tool('report'), CLOSE, tool('official-lookup'), CLOSE, choose('to-evidence'), choose('keep-all'),
    tool('call-known-number'), CLOSE, tool('warn-friends'), CLOSE, SKIP,
  ];

  it('starts blocked: the last message is "rejected by the recipient"', () => {
    const first = play([SKIP]);
    expect(view(s, first).messages.at(-1)!.message).toMatchObject({ type: 'system', text: { 'zh-cn': '消息已发出，但被对方拒收了。' } });
  });

  it('acting in order keeps the delayed 2,000 and uses every protective act', () => {
    const r = result(s, play([
      SKIP, choose('cancel-delayed'), SKIP, choose('call-110'), SKIP, ...afterReport,
      tool('official-lookup'), CLOSE, choose('decline-agent'), SKIP,
    ]))!;
    expect(r).toMatchObject({ outcome: 'partly-recovered', ending: { id: 'partly-recovered', amount: 3000 } });
    expect(r.actsMissed).toEqual([]);
  });

  it('answering 96110 in time still saves the delayed transfer', () => {
    const r = result(s, play([SKIP, choose('wait'), SKIP, choose('answer-96110'), SKIP, choose('cancel-after-96110'), SKIP, choose('call-110'), SKIP, ...afterReport, choose('decline-agent'), SKIP]))!;
    expect(r.ending.id).toBe('partly-recovered');
    expect(r.actsUsed).toContain('use-96110');
  });

  it('waiting and letting 96110 ring out: the 2,000 arrives, and a report is the best left', () => {
    const end = play([SKIP, choose('wait'), SKIP, choose('ignore-96110'), SKIP, choose('call-110'), SKIP, ...afterReport, choose('decline-agent'), SKIP]);
    expect(view(s, end).messages.some((m) => m.id === 'ar2')).toBe(true);
    expect(result(s, end)).toMatchObject({ outcome: 'lost', ending: { id: 'reported', amount: 5000 } });
  });

  it('paying the "recovery" fee is a second scam on top of the first', () => {
    const toAgent = (first: Action[]) => [...first, SKIP, choose('call-110'), SKIP, ...afterReport, tool('transfer'), pay, SKIP, choose('stop-and-report-both'), SKIP];
    expect(result(s, play(toAgent([SKIP, choose('cancel-delayed')]))))
      .toMatchObject({ outcome: 'lost', ending: { id: 'second-scam-4500', amount: 4500 } });
    expect(result(s, play(toAgent([SKIP, choose('wait'), SKIP, choose('ignore-96110')]))))
      .toMatchObject({ outcome: 'lost', ending: { id: 'second-scam-6500', amount: 6500 } });
  });

  it('money comes back only where the delayed transfer was cancelled, and nothing ends "safe"', () => {
    expect(s.endings.some((e) => e.outcome === 'safe')).toBe(false);
    for (const [ending, path] of enumeratePaths(s)) {
      const state = play(path);
      const outcome = result(s, state)!.outcome;
      if (outcome === 'partly-recovered') expect(state.flags, ending).toContain('cancelled');
    }
  });
});
