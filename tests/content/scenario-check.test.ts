// The scenario checker names file, field and reason for each kind of content error.
import { describe, expect, it } from 'vitest';
import type { RawContent } from '../../src/content-check/load';
import type { ContentProblem } from '../../src/content-check/report';
import { checkScenarios, listAvatars } from '../../src/content-check/scenarios';
import { fixtureAvatars, fixtureCourse, rawFixture } from '../fixtures/scenarios/load';

type Data = Record<string, any>;

/** Check the mini fixture after `change` edits a fresh copy of it. */
function check(change: (s: Data) => void = () => {}): ContentProblem[] {
  const data = rawFixture('mini');
  change(data);
  const raw: RawContent = {
    root: '', modules: new Map(), lessons: [], guides: [], quizzes: new Map(), glossary: null, problems: [],
    scenarios: new Map([['mini', { file: 'scenarios/mini.yaml', data }]]),
  };
  return checkScenarios(raw, fixtureCourse(), fixtureAvatars);
}

/** The one problem at `field`, asserting there is exactly one. */
function at(problems: ContentProblem[], field: string): string {
  const found = problems.filter((p) => p.field === field);
  expect(found, `problems at ${field} in ${JSON.stringify(problems, null, 1)}`).toHaveLength(1);
  expect(found[0]!.file).toBe('scenarios/mini.yaml');
  return found[0]!.message;
}

describe('scenario checks', () => {
  it('accepts the valid fixture', () => {
    expect(check()).toEqual([]);
  });

  it('reports schema errors with a field path', () => {
    const problems = check((s) => { delete s.nodes.ask.choices[1].next; s.difficulty = 5; });
    expect(at(problems, 'nodes.ask.choices.1.next')).toBe('Required');
    expect(at(problems, 'difficulty')).toMatch(/less than or equal to 3/);
  });

  it('reports a missing translation', () => {
    const problems = check((s) => { delete s.title['zh-cn']; s.endings[0].debrief.en = '  '; });
    expect(at(problems, 'title.zh-cn')).toBe('missing translation: no Chinese text (zh-cn)');
    expect(at(problems, 'endings.0.debrief.en')).toBe('missing English text (en)');
  });

  it('reports a node with more than one way on, and branches without otherwise', () => {
    const problems = check((s) => { s.nodes.lost.next = 'ask'; delete s.nodes.wrap.otherwise; });
    expect(at(problems, 'nodes.lost')).toBe('a node has one way on, but this has next and ending');
    expect(at(problems, 'nodes.wrap.otherwise')).toBe('branches need an otherwise node');
  });

  it('reports transfer settings that do not fit', () => {
    const problems = check((s) => { delete s.nodes.ask.tools[2].transfer.confirmDelayed; s.nodes.ask.tools[0].transfer = s.nodes.ask.tools[2].transfer; });
    expect(at(problems, 'nodes.ask.tools.2.transfer.confirmDelayed')).toMatch(/delayed arrival is allowed/);
    expect(at(problems, 'nodes.ask.tools.0.transfer')).toMatch(/only a transfer tool/);
  });

  it('reports next and branch targets that do not exist', () => {
    const problems = check((s) => { s.nodes.ask.choices[1].next = 'nowhere'; s.nodes.wrap.branches[0].next = 'gone'; s.start = 'begin'; });
    expect(at(problems, 'nodes.ask.choices.1.next')).toBe('goes to node "nowhere", which does not exist');
    expect(at(problems, 'nodes.wrap.branches.0.next')).toBe('goes to node "gone", which does not exist');
    expect(at(problems, 'start')).toBe('start node "begin" does not exist');
  });

  it('reports transfer targets that do not exist', () => {
    const problems = check((s) => { s.nodes.ask.tools[2].transfer.cancel = { next: 'void' }; });
    expect(at(problems, 'nodes.ask.tools.2.transfer.cancel.next')).toBe('goes to node "void", which does not exist');
  });

  it('reports a node unreachable from the start', () => {
    const problems = check((s) => { s.nodes.orphan = { next: 'lost' }; });
    expect(at(problems, 'nodes.orphan')).toBe('node "orphan" cannot be reached from the start node "hello"');
  });

  it('reports a dead end that is not an ending', () => {
    const problems = check((s) => {
      s.nodes.ask2.choices[1].next = 'stuck';
      s.nodes.stuck = { messages: [{ id: 'm10', from: 'fake', type: 'text', text: { en: 'Hm', 'zh-cn': '嗯' } }] };
    });
    expect(at(problems, 'nodes.stuck')).toMatch(/node "stuck" is a dead end/);
  });

  it('counts a decision whose tools all stay put as a dead end', () => {
    const problems = check((s) => { s.nodes.ask2 = { tools: [{ type: 'block' }] }; });
    expect(at(problems, 'nodes.ask2')).toMatch(/dead end/);
  });

  it('reports nodes from which no ending can be reached, and the loop', () => {
    const problems = check((s) => {
      s.nodes.ask2.choices[1].next = 'spin';
      s.nodes.spin = { messages: [{ id: 'm10', from: 'fake', type: 'text', text: { en: 'Again', 'zh-cn': '再来' } }], next: 'spun' };
      s.nodes.spun = { next: 'spin' };
    });
    expect(at(problems, 'nodes.spun')).toBe('no ending can be reached from node "spun"');
    expect(problems.filter((p) => p.field === 'nodes.spin').map((p) => p.message)).toEqual([
      'no ending can be reached from node "spin"',
      'the story can loop forever: spin → spun → spin (scenarios must always move on to an ending)',
    ]);
  });

  it('reports a loop even when an ending can still be reached', () => {
    const problems = check((s) => { s.nodes.truth.choices[1].next = 'ask'; });
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/loop forever: ask → truth → ask/));
  });

  it('reports duplicate ids of every kind', () => {
    const problems = check((s) => {
      s.nodes.hello.messages[1].id = 'm1';
      s.nodes.ask2.choices[0].id = 'video';
      s.redFlags.push({ ...s.redFlags[0] });
      s.protectiveActs.push({ ...s.protectiveActs[0] });
      s.endings.push({ ...s.endings[0] });
      s.participants.push({ ...s.participants[2] });
      s.conversations.push({ ...s.conversations[1] });
      s.nodes.ask2.tools.push({ type: 'block' });
    });
    expect(at(problems, 'nodes.hello.messages.1.id')).toBe('duplicate message id "m1" (first used at nodes.hello.messages.0.id)');
    expect(at(problems, 'nodes.ask2.choices.0.id')).toBe('duplicate choice id "video" (first used at nodes.ask.choices.0.id)');
    expect(at(problems, 'redFlags.3.id')).toMatch(/^duplicate red flag id "urgent"/);
    expect(at(problems, 'protectiveActs.5.id')).toMatch(/^duplicate protective act id "profile"/);
    expect(at(problems, 'endings.4.id')).toMatch(/^duplicate ending id "safe"/);
    expect(at(problems, 'participants.3.id')).toMatch(/^duplicate participant id "shill"/);
    expect(at(problems, 'conversations.3.id')).toMatch(/^duplicate conversation id "old"/);
    expect(at(problems, 'nodes.ask2.tools.1.type')).toMatch(/^duplicate tool id "block"/);
  });

  it('reports unknown red flags, protective acts and endings', () => {
    const problems = check((s) => {
      s.nodes.hello.messages[0].redFlag = 'too-nice';
      s.nodes.ask.choices[0].act = 'pray';
      s.nodes.ask.tools[2].transfer.verifyAct = 'squint';
      s.nodes.lost.ending = 'broke';
    });
    expect(at(problems, 'nodes.hello.messages.0.redFlag')).toBe('unknown red flag "too-nice" (declare it in redFlags)');
    expect(at(problems, 'nodes.ask.choices.0.act')).toBe('unknown protective act "pray" (declare it in protectiveActs)');
    expect(at(problems, 'nodes.ask.tools.2.transfer.verifyAct')).toMatch(/unknown protective act "squint"/);
    expect(at(problems, 'nodes.lost.ending')).toBe('unknown ending "broke" (declare it in endings)');
  });

  it('reports unknown participants, conversations and avatar files', () => {
    const problems = check((s) => {
      s.nodes.hello.messages[0].from = 'ghost';
      s.nodes.hello.messages[1].from = 'real';
      s.nodes.truth.conversation = 'secret';
      s.conversations[2].members.push('nobody');
      s.participants[0].avatar = 'tencent-logo.svg';
      s.nodes.ask.tools[1].participant = 'stranger';
      s.nodes['safe-quiet'].tools = undefined;
    });
    expect(at(problems, 'nodes.hello.messages.0.from')).toBe('unknown participant "ghost" (use a participant id or "me")');
    expect(at(problems, 'nodes.hello.messages.1.from')).toBe('"real" is not in conversation "chat"');
    expect(at(problems, 'nodes.truth.conversation')).toBe('unknown conversation "secret"');
    expect(at(problems, 'conversations.2.members.2')).toBe('unknown participant "nobody"');
    expect(at(problems, 'participants.0.avatar')).toBe('avatar file "tencent-logo.svg" is not in public/avatars/');
    expect(at(problems, 'nodes.ask.tools.1.participant')).toBe('unknown participant "stranger"');
  });

  it('asks whose profile card it is in a group chat', () => {
    const problems = check((s) => { s.nodes.ask2.conversation = 'group'; s.nodes.ask2.tools.push({ type: 'profile-card' }); });
    expect(at(problems, 'nodes.ask2.tools.1.participant')).toMatch(/in a group chat, say whose profile card/);
  });

  it('reports readNext links that do not resolve', () => {
    const problems = check((s) => {
      s.readNext = 'friend-impersonation/how-to-verify#nope';
      s.endings[1].readNext = 'friend-impersonation/no-such-lesson';
    });
    expect(at(problems, 'readNext')).toMatch(/section "#nope" of "friend-impersonation\/how-to-verify"/);
    expect(at(problems, 'endings.1.readNext')).toMatch(/lesson "friend-impersonation\/no-such-lesson", which does not exist/);
  });

  it('reports a readNext that is not a lesson reference at all', () => {
    expect(at(check((s) => { s.endings[2].readNext = 'not a ref'; }), 'endings.2.readNext')).toMatch(/use a lesson reference/);
  });

  it('reports an unknown module', () => {
    expect(at(check((s) => { s.module = 'crypto-scams'; }), 'module')).toBe('unknown module "crypto-scams" (no modules/crypto-scams.yaml)');
  });

  it('reports red flags, endings and protective acts that are never used', () => {
    const problems = check((s) => {
      s.redFlags.push({ id: 'unused', label: { en: 'U', 'zh-cn': '无' }, explanation: { en: 'U', 'zh-cn': '无' } });
      s.protectiveActs.push({ id: 'idle', label: { en: 'I', 'zh-cn': '闲' }, explanation: { en: 'I', 'zh-cn': '闲' } });
      s.endings.push({ ...s.endings[0], id: 'never' });
    });
    expect(at(problems, 'redFlags.3.id')).toBe('red flag "unused" is on no message');
    expect(at(problems, 'protectiveActs.5.id')).toBe('protective act "idle" is credited by no choice or tool');
    expect(at(problems, 'endings.4.id')).toBe('ending "never" is used by no node');
  });

  it('refuses "me" as a declared participant', () => {
    const problems = check((s) => { s.participants[2].id = 'me'; s.conversations[2].members = ['fake', 'me']; });
    expect(at(problems, 'participants.2.id')).toMatch(/"me" is the learner/);
  });

  it('lists the real avatar files', () => {
    const avatars = listAvatars();
    expect(avatars.has('li-wei.svg')).toBe(true);
    expect(avatars.has('person-blue.svg')).toBe(true);
  });
});
