// The scenario engine: every action, pacing, panels, the transcript, scoring and restoring saved state.
import { describe, expect, it } from 'vitest';
import {
  act, maskName, restore, result, SCORING, scoringParams, start, view, type Action, type RunState,
} from '../../src/engine/scenario';
import { t } from '../../src/i18n';
import { loadFixture, parseScenario, rawFixture } from '../fixtures/scenarios/load';

const mini = loadFixture('mini');
const play = (actions: Action[], from: RunState = start(mini)) => actions.reduce((s, a) => act(mini, s, a), from);
const ids = (s: RunState) => view(mini, s).messages.map((m) => m.id);
const SKIP: Action = { type: 'skip' };

describe('start and pacing', () => {
  it('starts at the start node with nothing shown and serialisable state', () => {
    const s = start(mini);
    expect(s).toEqual({ v: 1, node: 'hello', shown: 0, flags: [], flagged: [], panel: null, log: [{ a: 'enter', node: 'hello' }] });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    const v = view(mini, s);
    expect(v).toMatchObject({ pending: true, typing: 'fake', choices: [], tools: [], ended: false, conversation: 'chat' });
  });

  it('reveals one message at a time, then moves on and shows the next node\'s first message', () => {
    const one = play([{ type: 'reveal' }]);
    expect(ids(one)).toEqual(['m1']);
    const two = play([{ type: 'reveal' }], one);
    expect(ids(two)).toEqual(['m1', 'm2']);
    expect(view(mini, two).pending).toBe(true); // the automatic next
    const three = play([{ type: 'reveal' }], two);
    expect(three.node).toBe('ask');
    expect(ids(three)).toEqual(['m1', 'm2', 'm3']);
    expect(view(mini, three)).toMatchObject({ pending: false, typing: null, prompt: { en: 'What now?' } });
    expect(view(mini, three).choices.map((c) => c.id)).toEqual(['video', 'trust']);
    expect(view(mini, three).tools.map((t) => t.type)).toEqual(['profile-card', 'call-known-number', 'transfer']);
  });

  it('skip reveals everything up to the next decision, and does nothing at a decision', () => {
    const s = play([SKIP]);
    expect(s.node).toBe('ask');
    expect(ids(s)).toEqual(['m1', 'm2', 'm3']);
    expect(act(mini, s, SKIP)).toBe(s);
    expect(act(mini, s, { type: 'reveal' })).toBe(s);
  });

  it('does not say a call event or notice is "typing"', () => {
    const s = play([SKIP, { type: 'choose', choice: 'video' }]);
    expect(view(mini, s).typing).toBeNull(); // m4 is a call event
  });
});

describe('choices', () => {
  it('sends the choice\'s words as my message, sets flags and moves on', () => {
    const s = play([SKIP, { type: 'choose', choice: 'video' }, SKIP]);
    expect(s.flags).toEqual(['asked-video']);
    expect(ids(s)).toEqual(['m1', 'm2', 'm3', 'reply:video', 'm4', 'm5']);
    const reply = view(mini, s).messages[3]!;
    expect(reply).toMatchObject({ own: true, flaggable: false, conversation: 'chat', message: { from: 'me', type: 'text', text: { 'zh-cn': '视频一下？' } } });
  });

  it('ignores choices that are unknown, from another node, or not open yet', () => {
    const atAsk = play([SKIP]);
    expect(act(mini, atAsk, { type: 'choose', choice: 'nope' })).toBe(atAsk);
    expect(act(mini, atAsk, { type: 'choose', choice: 'report-it' })).toBe(atAsk);
    const pending = start(mini);
    expect(act(mini, pending, { type: 'choose', choice: 'video' })).toBe(pending);
  });

  it('never throws on malformed actions', () => {
    const s = play([SKIP]);
    for (const bad of [null, undefined, {}, { type: 'explode' }, { type: 'choose' }, { type: 'verify-name', name: 42 }, { type: 'flag' }]) {
      expect(act(mini, s, bad as unknown as Action)).toBe(s);
    }
  });
});

describe('tools and panels', () => {
  it('opens the profile card of the other side of a direct chat and credits the act', () => {
    const s = play([SKIP, { type: 'tool', tool: 'profile-card' }]);
    const v = view(mini, s);
    expect(v.panel).toMatchObject({ type: 'tool', tool: { type: 'profile-card' }, participant: { id: 'fake' } });
    expect(v.choices).toEqual([]);
    expect(v.tools).toEqual([]);
    expect(act(mini, s, { type: 'choose', choice: 'video' })).toBe(s);
    const closed = act(mini, s, { type: 'close' });
    expect(closed.panel).toBeNull();
    expect(view(mini, closed).choices).toHaveLength(2);
    expect(act(mini, closed, { type: 'close' })).toBe(closed);
  });

  it('logs a tool used twice at the same node once', () => {
    const s = play([SKIP, { type: 'tool', tool: 'profile-card' }, { type: 'close' }, { type: 'tool', tool: 'profile-card' }, { type: 'close' }]);
    expect(s.log.filter((e) => e.a === 'tool')).toHaveLength(1);
  });

  it('a tool with next moves the story on, and waits for the panel to close', () => {
    const s = play([SKIP, { type: 'tool', tool: 'call-known-number' }]);
    expect(s.node).toBe('truth');
    expect(s.flags).toEqual(['truth']);
    expect(view(mini, s).panel).toMatchObject({ type: 'tool', participant: { id: 'real' }, tool: { result: { en: 'He never asked.' } } });
    expect(view(mini, s)).toMatchObject({ pending: true, typing: null, conversation: 'old' });
    expect(act(mini, s, { type: 'reveal' })).toBe(s);
    const after = play([{ type: 'close' }, SKIP], s);
    expect(ids(after).slice(-1)).toEqual(['m6']);
    expect(view(mini, after).messages.at(-1)!.conversation).toBe('old');
  });
});

describe('transfer screen', () => {
  const open = play([SKIP, { type: 'tool', tool: 'transfer' }]);

  it('shows only the last character of the payee name', () => {
    expect(view(mini, open).panel).toMatchObject({ type: 'transfer', maskedName: { en: '*Wei', 'zh-cn': '*伟' }, check: null, transfer: { amount: 2000 } });
    expect(maskName('李伟')).toBe('*伟');
    expect(maskName(' Zhang Wei ')).toBe('*Wei');
    expect(maskName('Wei')).toBe('*i');
    expect(maskName('')).toBe('*');
  });

  it('verifies a typed name case- and space-insensitively against either language', () => {
    for (const name of ['张伟', '张 伟', 'zhang wei', 'ZHANGWEI', ' Zhang  Wei ']) {
      expect(view(mini, act(mini, open, { type: 'verify-name', name })).panel).toMatchObject({ check: 'match' });
    }
    for (const name of ['李伟', 'Li Wei', 'Wei']) {
      expect(view(mini, act(mini, open, { type: 'verify-name', name })).panel).toMatchObject({ check: 'mismatch' });
    }
    expect(act(mini, open, { type: 'verify-name', name: '   ' })).toBe(open);
    expect(act(mini, start(mini), { type: 'verify-name', name: '张伟' }).log).toHaveLength(1);
  });

  it('confirming an instant transfer loses the money', () => {
    const s = play([{ type: 'confirm-transfer', delayed: false }, SKIP], open);
    expect(s.panel).toBeNull();
    expect(view(mini, s).ended).toBe(true);
    expect(result(mini, s)).toMatchObject({ outcome: 'lost', ending: { id: 'lost', amount: 2000 } });
  });

  it('confirming with delayed arrival credits the act and recovers part', () => {
    const s = play([{ type: 'verify-name', name: '李伟' }, { type: 'confirm-transfer', delayed: true }, SKIP], open);
    expect(result(mini, s)).toMatchObject({ outcome: 'partly-recovered', actsUsed: ['verify-name', 'delay'] });
  });

  it('refuses delayed arrival when the screen does not offer it', () => {
    const data = rawFixture('mini') as any;
    data.nodes.ask.tools[2].transfer.delayed = false;
    delete data.nodes.ask.tools[2].transfer.confirmDelayed;
    delete data.nodes.delayed;
    data.endings = data.endings.filter((e: any) => e.id !== 'partly');
    const strict = parseScenario(data);
    const s = [SKIP, { type: 'tool', tool: 'transfer' } as Action].reduce((st, a) => act(strict, st, a), start(strict));
    expect(act(strict, s, { type: 'confirm-transfer', delayed: true })).toBe(s);
  });

  it('cancel and close both return to the decision without paying', () => {
    for (const action of [{ type: 'cancel-transfer' }, { type: 'close' }] as Action[]) {
      const s = act(mini, open, action);
      expect(s.node).toBe('ask');
      expect(s.panel).toBeNull();
      expect(s.log.at(-1)).toEqual({ a: 'transfer', node: 'ask', mode: 'cancel' });
      expect(view(mini, s).choices).toHaveLength(2);
    }
    const s = play([{ type: 'cancel-transfer' }], open);
    expect(act(mini, s, { type: 'cancel-transfer' })).toBe(s);
    expect(act(mini, s, { type: 'confirm-transfer', delayed: false })).toBe(s);
  });
});

describe('branches and endings', () => {
  it('routes on flags: reported → the safe ending at once', () => {
    const s = play([SKIP, { type: 'tool', tool: 'call-known-number' }, { type: 'close' }, SKIP, { type: 'choose', choice: 'report-now' }]);
    expect(s.node).toBe('safe-reported');
    expect(view(mini, s)).toMatchObject({ ended: true, pending: false, choices: [], tools: [] });
  });

  it('routes on flags: not reported → the quiet ending in the group chat', () => {
    const s = play([SKIP, { type: 'tool', tool: 'call-known-number' }, { type: 'close' }, SKIP, { type: 'choose', choice: 'leave' }]);
    expect(s.node).toBe('safe-quiet');
    expect(view(mini, s).ended).toBe(false);
    const done = play([SKIP], s);
    expect(view(mini, done).ended).toBe(true);
    expect(view(mini, done).messages.at(-1)).toMatchObject({ id: 'm7', conversation: 'group' });
  });

  it('every action after the end leaves the state alone', () => {
    const s = play([SKIP, { type: 'choose', choice: 'trust' }, SKIP]);
    for (const a of [SKIP, { type: 'reveal' }, { type: 'choose', choice: 'video' }, { type: 'tool', tool: 'profile-card' }, { type: 'flag', message: 'm1' }] as Action[]) {
      expect(act(mini, s, a)).toBe(s);
    }
  });
});

describe('flagging messages', () => {
  it('flags and unflags visible messages from others only', () => {
    const s = play([SKIP]);
    const flagged = act(mini, s, { type: 'flag', message: 'm2' });
    expect(flagged.flagged).toEqual(['m2']);
    expect(view(mini, flagged).messages.find((m) => m.id === 'm2')!.flagged).toBe(true);
    expect(act(mini, flagged, { type: 'flag', message: 'm2' })).toBe(flagged);
    expect(act(mini, s, { type: 'flag', message: 'm5' })).toBe(s); // not shown yet
    expect(act(mini, s, { type: 'flag', message: 'constructor' })).toBe(s);
    const replied = play([{ type: 'choose', choice: 'video' }], s);
    expect(act(mini, replied, { type: 'flag', message: 'reply:video' })).toBe(replied);
    expect(act(mini, flagged, { type: 'unflag', message: 'm2' }).flagged).toEqual([]);
    expect(act(mini, s, { type: 'unflag', message: 'm2' })).toBe(s);
  });
});

describe('result and scoring', () => {
  it('is null until the run ends', () => {
    expect(result(mini, start(mini))).toBeNull();
    expect(result(mini, play([SKIP, { type: 'choose', choice: 'trust' }]))).toBeNull();
  });

  it('scores a careful, safe run', () => {
    const s = play([
      SKIP, { type: 'flag', message: 'm2' }, { type: 'tool', tool: 'profile-card' }, { type: 'close' },
      { type: 'choose', choice: 'video' }, SKIP, { type: 'flag', message: 'm4' }, { type: 'flag', message: 'm5' },
      { type: 'choose', choice: 'report-it' },
    ]);
    const r = result(mini, s)!;
    expect(r).toMatchObject({
      outcome: 'safe', ending: { id: 'safe' },
      caught: [{ redFlag: 'urgent', message: 'm2' }, { redFlag: 'no-call', message: 'm4' }, { redFlag: 'replay', message: 'm5' }],
      missed: [], falseAlarms: [], actsUsed: ['profile', 'report'], riskyChoices: [],
    });
    expect(r.parts).toEqual({ outcome: 60, spotting: 20, acts: 20 });
    expect(r.score).toBe(100);
  });

  it('scores a loss, with misses, a false alarm and the unsafe choice listed', () => {
    const s = play([SKIP, { type: 'flag', message: 'm1' }, { type: 'flag', message: 'm2' }, { type: 'choose', choice: 'video' }, SKIP, { type: 'choose', choice: 'pay-anyway' }, SKIP]);
    const r = result(mini, s)!;
    expect(r.outcome).toBe('lost');
    expect(r.caught).toEqual([{ redFlag: 'urgent', message: 'm2' }]);
    expect(r.missed).toEqual([{ redFlag: 'no-call', message: 'm4' }, { redFlag: 'replay', message: 'm5' }]);
    expect(r.falseAlarms).toEqual(['m1']);
    expect(r.riskyChoices).toEqual(['pay-anyway']);
    expect(r.parts).toEqual({ outcome: 0, spotting: 0, acts: 0 }); // 1 caught − 1 false alarm
    expect(r.score).toBe(0);
  });

  it('only counts red flags the learner actually saw', () => {
    const r = result(mini, play([SKIP, { type: 'flag', message: 'm2' }, { type: 'choose', choice: 'trust' }, SKIP]))!;
    expect(r.caught).toHaveLength(1);
    expect(r.missed).toEqual([]);
    expect(r.parts.spotting).toBe(20);
  });

  it('gives 10 points per protective act, full marks at two', () => {
    const acts = (actions: Action[]) => result(mini, play(actions))!.parts.acts;
    const toTransfer: Action[] = [SKIP, { type: 'tool', tool: 'transfer' }];
    expect(acts([...toTransfer, { type: 'confirm-transfer', delayed: false }, SKIP])).toBe(0);
    expect(acts([SKIP, { type: 'tool', tool: 'profile-card' }, { type: 'close' }, ...toTransfer.slice(1), { type: 'confirm-transfer', delayed: false }, SKIP])).toBe(10);
    expect(acts([...toTransfer, { type: 'verify-name', name: '李伟' }, { type: 'confirm-transfer', delayed: true }, SKIP])).toBe(20);
  });

  it('lists only the acts this path offered as not done', () => {
    const r = result(mini, play([SKIP, { type: 'choose', choice: 'trust' }, SKIP]))!;
    const offered = new Set(r.actsMissed);
    // every act listed was offered at a decision the learner reached; none was used
    expect(r.actsUsed).toEqual([]);
    for (const id of offered) expect(mini.protectiveActs.map((a) => a.id)).toContain(id);
  });

  it('checks the surname, as 验证姓名 does, and accepts the full name too', () => {
    const check = (name: string) => play([SKIP, { type: 'tool', tool: 'transfer' }, { type: 'verify-name', name }]).panel;
    expect(check('张')).toMatchObject({ check: 'match' });
    expect(check('zhang')).toMatchObject({ check: 'match' });
    expect(check('张伟')).toMatchObject({ check: 'match' });
    expect(check('李')).toMatchObject({ check: 'mismatch' });
  });

  it('penalises false alarms where there are no red flags to see', () => {
    const data = rawFixture('mini') as any;
    for (const node of Object.values(data.nodes) as any[]) for (const m of node.messages ?? []) delete m.redFlag;
    data.redFlags = [];
    const genuine = parseScenario(data);
    const run = (flags: string[]) => result(genuine, [SKIP, ...flags.map((message) => ({ type: 'flag', message }) as Action), { type: 'choose', choice: 'trust' } as Action, SKIP]
      .reduce((s, a) => act(genuine, s, a), start(genuine)))!;
    expect(run([]).parts.spotting).toBe(20);
    expect(run(['m1']).parts.spotting).toBe(15);
    expect(run(['m1', 'm2', 'm3']).parts.spotting).toBe(5);
  });

  it('publishes the formula as data and as text in both languages', () => {
    expect(SCORING.outcome.safe + SCORING.spotting + SCORING.acts).toBe(100);
    const en = t('en', 'scenario.result.scoring', scoringParams);
    const zh = t('zh-cn', 'scenario.result.scoring', scoringParams);
    expect(en).toContain(`up to ${SCORING.spotting}`);
    expect(zh).toContain(`最多${SCORING.acts}分`);
    expect(en).toContain(`${SCORING.perAct} for each`);
    expect(`${en}${zh}`).not.toMatch(/[{}]/);
  });
});

describe('restore', () => {
  const mid = play([SKIP, { type: 'flag', message: 'm2' }, { type: 'choose', choice: 'video' }, { type: 'reveal' }]);

  it('round-trips a saved state through JSON', () => {
    const saved = JSON.parse(JSON.stringify(mid));
    expect(restore(mini, saved)).toEqual(mid);
    const withPanel = play([SKIP, { type: 'tool', tool: 'transfer' }, { type: 'verify-name', name: 'x' }]);
    expect(restore(mini, JSON.parse(JSON.stringify(withPanel)))).toEqual(withPanel);
  });

  it('drops unknown fields', () => {
    expect(restore(mini, { ...mid, extra: '<script>' })).toEqual(mid);
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['another version', { ...mid, v: 2 }],
    ['an unknown node', { ...mid, node: 'gone' }],
    ['a prototype key as node', { ...mid, node: 'constructor' }],
    ['shown past the node\'s messages', { ...mid, shown: 9 }],
    ['a fractional shown', { ...mid, shown: 0.5 }],
    ['flags that are not strings', { ...mid, flags: [1] }],
    ['a flagged message that is not visible', { ...mid, flagged: ['m9'] }],
    ['a log entry for a choice that does not exist', { ...mid, log: [...mid.log, { a: 'choose', node: 'ask', choice: 'gone' }] }],
    ['a log that does not start at the start node', { ...mid, log: mid.log.slice(1) }],
    ['a log that ends elsewhere', { ...mid, log: [...mid.log, { a: 'enter', node: 'lost' }] }],
    ['a panel for a missing tool', { ...mid, panel: { type: 'tool', node: 'refused', tool: 'profile-card' } }],
    ['a bad panel check', { ...mid, panel: { type: 'transfer', node: 'ask', check: 'maybe' } }],
    ['a huge log', { ...mid, log: Array.from({ length: 5000 }, () => ({ a: 'enter', node: 'hello' })) }],
  ])('refuses %s', (_, saved) => {
    expect(restore(mini, saved)).toBeNull();
  });
});

describe('scenarioForLocale', () => {
  it('keeps one language, keeps both payee names, and plays the same', async () => {
    const { scenarioForLocale } = await import('../../src/engine/scenario-locale');
    const zh = scenarioForLocale(mini, 'zh-cn');
    expect(zh.title).toEqual({ en: '', 'zh-cn': '小测试' });
    expect(zh.nodes.ask!.tools![2]!.transfer!.payee).toEqual({ en: 'Zhang Wei', 'zh-cn': '张伟' });
    expect(mini.title.en).toBe('Mini'); // the original is untouched
    const actions: Action[] = [SKIP, { type: 'tool', tool: 'transfer' }, { type: 'verify-name', name: 'zhang wei' }, { type: 'confirm-transfer', delayed: true }, SKIP];
    const a = actions.reduce((s, x) => act(mini, s, x), start(mini));
    const b = actions.reduce((s, x) => act(zh, s, x), start(zh));
    expect(b).toEqual(a);
    expect(result(zh, b)!.score).toBe(result(mini, a)!.score);
  });
});
