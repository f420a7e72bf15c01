// Property tests: scores stay in range, right answers score full marks, shuffling never changes a score.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  correctIds, mulberry32, optionIds, present, result, scoreQuestion, shuffle, startAttempt,
  type Question, type Quiz,
} from '../../src/engine/quiz';

const base = { prompt: 'p', explanation: 'e', lesson: 'm/l' };
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Any valid question of any type (validation guarantees at least one right answer where needed). */
const question: fc.Arbitrary<Question<string>> = fc.oneof(
  fc.tuple(fc.integer({ min: 2, max: 7 }), fc.nat()).map(([n, k]): Question<string> => ({
    ...base, id: 'q-single', type: 'single',
    options: ids(n, 'o').map((id, i) => ({ id, text: id, correct: i === k % n })),
  })),
  fc.array(fc.boolean(), { minLength: 2, maxLength: 8 })
    .filter((flags) => flags.some(Boolean))
    .map((flags): Question<string> => ({
      ...base, id: 'q-multi', type: 'multi',
      options: flags.map((correct, i) => ({ id: `o${i}`, text: 'x', correct })),
    })),
  fc.tuple(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.boolean()).map(([flags, genuine]): Question<string> => ({
    ...base, id: 'q-spot', type: 'spot',
    ...(genuine ? { allGenuine: true } : {}),
    transcript: flags.map((redFlag, i) => ({ id: `m${i}`, speaker: 's', text: 't', redFlag: genuine ? false : redFlag })),
  })),
  fc.boolean().map((answer): Question<string> => ({ ...base, id: 'q-tf', type: 'true-false', answer })),
  fc.constantFrom('scam', 'genuine', 'verify').map((answer): Question<string> => ({
    ...base, id: 'q-judge', type: 'judgement', answer, case: { kind: 'request', lines: ['x'] },
  })),
  fc.integer({ min: 3, max: 8 }).map((n): Question<string> => ({
    ...base, id: 'q-order', type: 'order', steps: ids(n, 's').map((id) => ({ id, text: id })),
  })),
);

/** Any response a learner (or a tampered page) could send: subsets, permutations and junk ids. */
const responseFor = (q: Question<string>) =>
  fc.tuple(fc.subarray(optionIds(q)), fc.array(fc.constantFrom('junk', 'true', 'scam', 'o0', 's0'), { maxLength: 3 }), fc.nat())
    .map(([chosen, junk, seed]) => shuffle([...chosen, ...junk], mulberry32(seed)));

describe('quiz scoring properties', () => {
  it('a score is always within [0, max]', () => {
    fc.assert(fc.property(question.chain((q) => fc.tuple(fc.constant(q), responseFor(q))), ([q, r]) => {
      const score = scoreQuestion(q, r);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }));
  });

  it('a fully correct answer always scores max', () => {
    fc.assert(fc.property(question, (q) => {
      expect(scoreQuestion(q, correctIds(q))).toBe(1);
    }));
  });

  it('shuffling the options never changes a score', () => {
    fc.assert(fc.property(
      question.chain((q) => fc.tuple(fc.constant(q), responseFor(q), fc.nat())),
      ([q, r, seed]) => {
        const random = mulberry32(seed);
        const reordered: Question<string> =
          q.type === 'single' || q.type === 'multi' ? { ...q, options: shuffle(q.options, random) }
          : q.type === 'spot' ? { ...q, transcript: shuffle(q.transcript, random) }
          : q;
        // For selections, the order the learner ticked things in does not matter either.
        const r2 = q.type === 'order' ? r : shuffle(r, random);
        expect(scoreQuestion(reordered, r2)).toBeCloseTo(scoreQuestion(q, r), 12);
      },
    ));
  });

  it('a quiz result is the same whatever seed shuffled it, for the same answers', () => {
    fc.assert(fc.property(fc.array(question, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (qs, s1, s2) => {
      const quiz: Quiz<string> = { module: 'm', title: 't', questions: qs.map((q, i) => ({ ...q, id: `${q.id}-${i}` })) };
      const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, correctIds(q).slice(0, 1)]));
      const a = { ...startAttempt(quiz, s1), responses: answers };
      const b = { ...startAttempt(quiz, s2), responses: answers };
      expect(result(quiz, a).points).toBeCloseTo(result(quiz, b).points, 12);
      expect(result(quiz, a).percent).toBeGreaterThanOrEqual(0);
      expect(result(quiz, a).percent).toBeLessThanOrEqual(100);
    }));
  });

  it('a presentation keeps every id exactly once', () => {
    fc.assert(fc.property(fc.array(question, { minLength: 1, maxLength: 6 }), fc.nat(), (qs, seed) => {
      const quiz: Quiz<string> = { module: 'm', title: 't', questions: qs.map((q, i) => ({ ...q, id: `${q.id}-${i}` })) };
      const shown = present(quiz, seed);
      expect([...shown.questions].sort()).toEqual(quiz.questions.map((q) => q.id).sort());
      for (const q of quiz.questions) expect([...shown.options[q.id]!].sort()).toEqual(optionIds(q).sort());
    }));
  });
});
