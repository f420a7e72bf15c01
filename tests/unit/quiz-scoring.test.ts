// Scoring rules of every question type, including the edge cases learners actually hit.
import { describe, expect, it } from 'vitest';
import {
  VERIFY_CREDIT, orderScore, scoreQuestion, selectionScore, markOptions, markSteps, type Question,
} from '../../src/engine/quiz';

const base = { prompt: 'p', explanation: 'e', lesson: 'm/l' };
const single: Question<string> = {
  ...base, id: 'single', type: 'single',
  options: [
    { id: 'a', text: 'A', correct: false },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
  ],
};
const multi: Question<string> = {
  ...base, id: 'multi', type: 'multi',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
    { id: 'd', text: 'D', correct: false },
  ],
};
const spot: Question<string> = {
  ...base, id: 'spot', type: 'spot',
  transcript: [
    { id: 'm1', speaker: 'Li', text: 'hi', redFlag: false },
    { id: 'm2', speaker: 'Li', text: 'lend me 3000', redFlag: true },
    { id: 'm3', speaker: 'Li', text: "can't call", redFlag: true },
    { id: 'm4', speaker: 'Li', text: 'urgent!', redFlag: true },
  ],
};
const allGenuine: Question<string> = {
  ...base, id: 'genuine', type: 'spot', allGenuine: true,
  transcript: [
    { id: 'm1', speaker: 'Li', text: 'hi', redFlag: false },
    { id: 'm2', speaker: 'Li', text: 'call me', redFlag: false },
    { id: 'm3', speaker: 'Li', text: 'thanks', redFlag: false },
    { id: 'm4', speaker: 'Li', text: 'see you', redFlag: false },
  ],
};
const tf: Question<string> = { ...base, id: 'tf', type: 'true-false', answer: false };
const judge = (answer: 'scam' | 'genuine' | 'verify'): Question<string> => ({
  ...base, id: `judge-${answer}`, type: 'judgement', answer, case: { kind: 'message', lines: ['x'] },
});
const order: Question<string> = {
  ...base, id: 'order', type: 'order',
  steps: ['s1', 's2', 's3', 's4', 's5'].map((id) => ({ id, text: id })),
};

describe('single choice and true/false', () => {
  it('gives 1 for the right option and 0 for a wrong one', () => {
    expect(scoreQuestion(single, ['b'])).toBe(1);
    expect(scoreQuestion(single, ['a'])).toBe(0);
  });
  it('gives 0 when nothing is chosen or when several options are sent', () => {
    expect(scoreQuestion(single, [])).toBe(0);
    expect(scoreQuestion(single, undefined)).toBe(0);
    expect(scoreQuestion(single, ['b', 'a'])).toBe(0);
  });
  it('scores true/false by the "true"/"false" ids', () => {
    expect(scoreQuestion(tf, ['false'])).toBe(1);
    expect(scoreQuestion(tf, ['true'])).toBe(0);
    expect(scoreQuestion(tf, [])).toBe(0);
  });
  it('ignores unknown ids', () => {
    expect(scoreQuestion(single, ['zzz'])).toBe(0);
  });
});

describe('select all that apply: hits minus false alarms, floored at 0', () => {
  it('gives full credit for exactly the right options', () => {
    expect(scoreQuestion(multi, ['b', 'a'])).toBe(1);
  });
  it('gives partial credit for some hits', () => {
    expect(scoreQuestion(multi, ['a'])).toBe(0.5);
  });
  it('takes a hit away for each false alarm', () => {
    expect(scoreQuestion(multi, ['a', 'b', 'c'])).toBe(0.5);
  });
  it('never goes below 0', () => {
    expect(scoreQuestion(multi, ['a', 'c', 'd'])).toBe(0);
    expect(scoreQuestion(multi, ['c', 'd'])).toBe(0);
  });
  it('gives nothing for selecting nothing', () => {
    expect(scoreQuestion(multi, [])).toBe(0);
  });
  it('does not reward ticking everything', () => {
    expect(scoreQuestion(multi, ['a', 'b', 'c', 'd'])).toBe(0);
  });
  it('counts a repeated id once', () => {
    expect(scoreQuestion(multi, ['a', 'a'])).toBe(0.5);
  });
});

describe('spot the red flags', () => {
  it('scores hits minus false alarms over the number of red flags', () => {
    expect(scoreQuestion(spot, ['m2', 'm3', 'm4'])).toBe(1);
    expect(scoreQuestion(spot, ['m2', 'm3'])).toBeCloseTo(2 / 3);
    expect(scoreQuestion(spot, ['m1', 'm2', 'm3'])).toBeCloseTo(1 / 3);
  });
  it('gives nothing for selecting nothing when there are red flags', () => {
    expect(scoreQuestion(spot, [])).toBe(0);
  });
  it('selecting everything costs one hit per innocent message', () => {
    expect(scoreQuestion(spot, ['m1', 'm2', 'm3', 'm4'])).toBeCloseTo(2 / 3);
  });
  it('in an all-genuine transcript, selecting nothing is fully right', () => {
    expect(scoreQuestion(allGenuine, [])).toBe(1);
    expect(scoreQuestion(allGenuine, undefined)).toBe(1);
  });
  it('in an all-genuine transcript, each false alarm takes an equal share', () => {
    expect(scoreQuestion(allGenuine, ['m1'])).toBe(0.75);
    expect(scoreQuestion(allGenuine, ['m1', 'm2', 'm3', 'm4'])).toBe(0);
  });
  it('handles an empty option list without dividing by zero', () => {
    expect(selectionScore([], [], [])).toBe(1);
  });
});

describe('scam or genuine judgement', () => {
  it('gives 1 for the right verdict', () => {
    for (const v of ['scam', 'genuine', 'verify'] as const) expect(scoreQuestion(judge(v), [v])).toBe(1);
  });
  it('gives the documented verify-first credit when the case could be judged', () => {
    expect(VERIFY_CREDIT).toBe(0.5);
    expect(scoreQuestion(judge('scam'), ['verify'])).toBe(VERIFY_CREDIT);
    expect(scoreQuestion(judge('genuine'), ['verify'])).toBe(VERIFY_CREDIT);
  });
  it('gives 0 for a confident wrong verdict, either way', () => {
    expect(scoreQuestion(judge('scam'), ['genuine'])).toBe(0);
    expect(scoreQuestion(judge('genuine'), ['scam'])).toBe(0);
    expect(scoreQuestion(judge('verify'), ['scam'])).toBe(0);
    expect(scoreQuestion(judge('verify'), ['genuine'])).toBe(0);
  });
  it('gives 0 for no verdict', () => {
    expect(scoreQuestion(judge('scam'), [])).toBe(0);
  });
});

describe('order the steps: fraction of pairs in the right relative order', () => {
  it('gives 1 for the right order and 0 for the reverse', () => {
    expect(scoreQuestion(order, ['s1', 's2', 's3', 's4', 's5'])).toBe(1);
    expect(scoreQuestion(order, ['s5', 's4', 's3', 's2', 's1'])).toBe(0);
  });
  it('swapping two neighbours loses one pair of ten', () => {
    expect(scoreQuestion(order, ['s2', 's1', 's3', 's4', 's5'])).toBeCloseTo(0.9);
  });
  it('moving the last step first loses four pairs of ten', () => {
    expect(scoreQuestion(order, ['s5', 's1', 's2', 's3', 's4'])).toBeCloseTo(0.6);
  });
  it('earns nothing for steps left out', () => {
    expect(scoreQuestion(order, [])).toBe(0);
    expect(orderScore(['a', 'b', 'c'], ['a', 'b'])).toBeCloseTo(1 / 3);
  });
  it('uses the first place of a repeated step', () => {
    expect(orderScore(['a', 'b', 'c'], ['a', 'b', 'a', 'c'])).toBe(1);
  });
});

describe('feedback marks', () => {
  it('marks each option as chosen and/or correct', () => {
    expect(markOptions(multi, ['a', 'c'])).toEqual([
      { id: 'a', chosen: true, correct: true, partial: false },
      { id: 'b', chosen: false, correct: true, partial: false },
      { id: 'c', chosen: true, correct: false, partial: false },
      { id: 'd', chosen: false, correct: false, partial: false },
    ]);
  });
  it('marks "verify first" as partly right exactly when it earns VERIFY_CREDIT', () => {
    for (const answer of ['scam', 'genuine', 'verify'] as const) {
      for (const chosen of ['scam', 'genuine', 'verify']) {
        const q = judge(answer);
        const partial = markOptions(q, [chosen]).some((m) => m.partial);
        expect(partial, `${answer}/${chosen}`).toBe(scoreQuestion(q, [chosen]) === VERIFY_CREDIT);
      }
    }
  });
  it('marks where each step was put and where it belongs', () => {
    expect(markSteps(order, ['s2', 's1', 's3', 's4', 's5']).slice(0, 2)).toEqual([
      { id: 's2', position: 0, correctPosition: 1 },
      { id: 's1', position: 1, correctPosition: 0 },
    ]);
  });
});
