// One attempt: seeded presentation, answering, practice vs exam mode, results and retry.
import { describe, expect, it } from 'vitest';
import {
  canCheck, check, finish, localiseQuiz, moveStep, present, respond, result, seedFrom, startAttempt, toggle,
  type Question, type Quiz,
} from '../../src/engine/quiz';

const base = { prompt: 'p', explanation: 'e', lesson: 'm/l' };
const questions: Question<string>[] = [
  { ...base, id: 'q1', type: 'single', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: id === 'c' })) },
  { ...base, id: 'q2', type: 'multi', options: ['a', 'b', 'c'].map((id) => ({ id, text: id, correct: id !== 'b' })) },
  { ...base, id: 'q3', type: 'true-false', answer: true },
  { ...base, id: 'q4', type: 'judgement', answer: 'scam', case: { kind: 'message', lines: ['x'] } },
  { ...base, id: 'q5', type: 'order', steps: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: id })) },
];
const quiz: Quiz<string> = { module: 'm', title: 'T', questions };
const q = (id: string) => questions.find((x) => x.id === id)!;

describe('presentation', () => {
  it('is the same for the same seed and differs across seeds', () => {
    expect(present(quiz, 42)).toEqual(present(quiz, 42));
    const orders = new Set(Array.from({ length: 20 }, (_, s) => present(quiz, s).questions.join()));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('never starts an ordering question in the right order', () => {
    for (let seed = 0; seed < 200; seed++) expect(present(quiz, seed).options.q5).not.toEqual(['s1', 's2', 's3', 's4']);
  });
  it('keeps true/false and judgement answers in their fixed order', () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(present(quiz, seed).options.q3).toEqual(['true', 'false']);
      expect(present(quiz, seed).options.q4).toEqual(['scam', 'genuine', 'verify']);
    }
  });
  it('can keep an order already on screen', () => {
    const shown = { questions: ['q5', 'q4', 'q3', 'q2', 'q1'], options: present(quiz, 1).options };
    expect(startAttempt(quiz, 99, 'practice', shown).presentation).toBe(shown);
  });
  it('seeds from a quiz id deterministically', () => {
    expect(seedFrom('friend-impersonation-quiz')).toBe(seedFrom('friend-impersonation-quiz'));
    expect(seedFrom('a')).not.toBe(seedFrom('b'));
  });
});

describe('practice mode', () => {
  it('locks an answer once checked', () => {
    let a = startAttempt(quiz, 1);
    a = toggle(a, q('q1'), 'c');
    a = check(a, q('q1'));
    expect(a.checked).toEqual(['q1']);
    a = toggle(a, q('q1'), 'a');
    expect(a.responses.q1).toEqual(['c']);
  });
  it('toggles select-all options and replaces single choices', () => {
    let a = startAttempt(quiz, 1);
    a = toggle(toggle(toggle(a, q('q2'), 'a'), q('q2'), 'b'), q('q2'), 'a');
    expect(a.responses.q2).toEqual(['b']);
    a = toggle(toggle(a, q('q1'), 'a'), q('q1'), 'b');
    expect(a.responses.q1).toEqual(['b']);
  });
  it('moves ordering steps within bounds', () => {
    let a = startAttempt(quiz, 3);
    const start = a.presentation.options.q5!;
    expect(a.responses.q5).toBeUndefined();
    expect(moveStep(a, 'q5', start[0]!, -1)).toBe(a);
    expect(moveStep(a, 'q5', start[3]!, +1)).toBe(a);
    a = moveStep(a, 'q5', start[0]!, +1);
    expect(a.responses.q5).toEqual([start[1], start[0], start[2], start[3]]);
  });
  it('checks only an answer: nothing chosen is refused, except spotting nothing or an unmoved order', () => {
    const spot: Question<string> = {
      ...base, id: 'q6', type: 'spot', allGenuine: true,
      transcript: [{ id: 'm1', speaker: 'Li', text: 'hi', redFlag: false }],
    };
    const withSpot: Quiz<string> = { ...quiz, questions: [...questions, spot] };
    let a = startAttempt(withSpot, 4);
    for (const id of ['q1', 'q2', 'q3', 'q4']) {
      expect(canCheck(a, q(id)), id).toBe(false);
      expect(check(a, q(id)), id).toBe(a);
    }
    expect(canCheck(toggle(a, q('q2'), 'a'), q('q2'))).toBe(true);
    expect(canCheck(a, spot) && canCheck(a, q('q5'))).toBe(true);
    a = check(check(a, spot), q('q5'));
    expect(a.responses.q6).toEqual([]);
    expect(a.responses.q5).toEqual(a.presentation.options.q5);
    expect(result(withSpot, a).questions.filter((r) => r.answered).map((r) => r.id).sort()).toEqual(['q5', 'q6']);
  });
  it('scores an untouched ordering question in the order it was shown', () => {
    const a = startAttempt(quiz, 4);
    const r = result(quiz, finish(a)).questions.find((x) => x.id === 'q5')!;
    expect(r.answered).toBe(false);
    expect(r.points).toBeGreaterThanOrEqual(0);
    expect(r.points).toBeLessThan(1);
  });
  it('ignores unknown questions', () => {
    const a = startAttempt(quiz, 1);
    expect(respond(a, 'nope', ['x'])).toBe(a);
    expect(check(a, { ...q('q1'), id: 'nope' })).toBe(a);
  });
});

describe('exam mode', () => {
  it('does not check single questions; finish reveals everything', () => {
    let a = startAttempt(quiz, 5, 'exam');
    a = toggle(a, q('q3'), 'true');
    expect(check(a, q('q3')).checked).toEqual([]);
    a = finish(a);
    expect(a.finished).toBe(true);
    expect([...a.checked].sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(toggle(a, q('q3'), 'false').responses.q3).toEqual(['true']);
  });
});

describe('result', () => {
  it('adds points, rounds down to a percent and applies the default pass mark', () => {
    let a = startAttempt(quiz, 9);
    a = respond(a, 'q1', ['c']);
    a = respond(a, 'q2', ['a', 'c']);
    a = respond(a, 'q3', ['true']);
    a = respond(a, 'q4', ['verify']);
    a = respond(a, 'q5', ['s1', 's2', 's3', 's4']);
    const r = result(quiz, finish(a));
    expect(r.points).toBe(4.5);
    expect(r.percent).toBe(90);
    expect(r.passMark).toBe(80);
    expect(r.passed).toBe(true);
    expect(r.questions.map((x) => x.id)).toEqual(a.presentation.questions);
  });
  it('fails below the pass mark and counts untouched questions as unanswered', () => {
    const a = startAttempt({ ...quiz, passMark: 100 }, 9);
    const r = result({ ...quiz, passMark: 100 }, a);
    expect(r.passed).toBe(false);
    expect(r.questions.find((x) => x.id === 'q1')).toEqual({ id: 'q1', points: 0, answered: false });
  });
  it('passes exactly at the pass mark', () => {
    let a = startAttempt(quiz, 2);
    for (const id of ['q1', 'q2', 'q3', 'q4']) a = respond(a, id, id === 'q1' ? ['c'] : id === 'q2' ? ['a', 'c'] : id === 'q3' ? ['true'] : ['scam']);
    a = respond(a, 'q5', ['s4', 's3', 's2', 's1']);
    expect(result(quiz, a)).toMatchObject({ percent: 80, passed: true });
  });
});

describe('localiseQuiz', () => {
  it('picks one language and resolves lesson links', () => {
    const bi = (en: string) => ({ en, 'zh-cn': `中${en}` });
    const local = localiseQuiz({
      module: 'm', title: bi('T'), questions: [
        { id: 'q', type: 'single', prompt: bi('P'), explanation: bi('E'), lesson: 'm/l#s',
          options: [{ id: 'a', text: bi('A'), correct: true, feedback: bi('F') }, { id: 'b', text: bi('B'), correct: false }] },
      ],
    }, 'zh-cn', (ref) => `/zh-cn/${ref}`);
    expect(local.title).toBe('中T');
    expect(local.questions[0]).toEqual({
      id: 'q', type: 'single', prompt: '中P', explanation: '中E', lesson: '/zh-cn/m/l#s',
      options: [{ id: 'a', text: '中A', correct: true, feedback: '中F' }, { id: 'b', text: '中B', correct: false }],
    });
  });
});


describe('missed questions', () => {
  it('lists the questions not fully right, in the order shown', async () => {
    const { missedQuestions } = await import('../../src/engine/quiz');
    expect(missedQuestions({ points: 1.5, max: 3, percent: 50, passMark: 80, passed: false, questions: [
      { id: 'a', points: 1, answered: true }, { id: 'b', points: 0.5, answered: true }, { id: 'c', points: 0, answered: false },
    ] })).toEqual(['b', 'c']);
  });
});
