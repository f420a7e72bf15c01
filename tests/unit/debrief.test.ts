// Class debrief aggregation: counts across learners, rejected and duplicate inputs, ordering.
import { describe, expect, it } from 'vitest';
import { aggregate, bandOf } from '../../src/engine/debrief';
import { buildResults, resultsToCode, resultsToFile, type ProgressLike } from '../../src/engine/results';

const learner = (id: string, p: Partial<ProgressLike>, nickname = '') =>
  buildResults({ lessons: {}, scenarios: {}, quizzes: {}, ...p }, { id, nickname });

const a = learner('a1', {
  lessons: { 'friend-impersonation/how-it-works': 'x' },
  scenarios: { 'copied-account-hospital': { last: { ending: 'lost-3000', outcome: 'lost', score: 20, caught: ['urgent-story'], missed: ['refused-call', 'new-account'], acts: [] } } },
  quizzes: { 'friend-impersonation-quiz': { best: 55, last: 55,  missed: ['q2', 'q4'] } },
});
const b = learner('b2', {
  lessons: { 'friend-impersonation/how-it-works': 'x', 'friend-impersonation/how-to-verify': 'x' },
  scenarios: {
    'copied-account-hospital': { last: { ending: 'verified-safe', outcome: 'safe', score: 90, caught: ['urgent-story', 'refused-call'], missed: ['new-account'], acts: ['call-known-number', 'private-question'] } },
    'genuine-friend-in-need': { last: { ending: 'helped', outcome: 'helped', score: 100 } },
  },
  quizzes: { 'friend-impersonation-quiz': { best: 100, last: 80, passedAt: '2026-11-02T10:00:00Z', missed: ['q4'] } },
}, 'Mei');
const c = learner('c3', {
  scenarios: { 'copied-account-hospital': { last: { ending: 'verified-safe', outcome: 'safe', score: 80, acts: ['call-known-number'] } } },
  quizzes: { 'friend-impersonation-quiz': { best: 80, last: 80, passed: true } },
});

describe('aggregate', () => {
  const summary = aggregate([
    { name: 'a.json', text: resultsToFile(a) },
    { name: 'b.json', text: resultsToFile(b) },
    { name: 'code 1', text: resultsToCode(c) },
    { name: 'broken.json', text: '{"format":"verify-first-results","v":1' },
    { name: 'b-again.json', text: resultsToFile(b) },
  ], ['genuine-friend-in-need', 'copied-account-hospital', 'friend-impersonation-quiz']);

  it('counts each learner once and names rejected and duplicate inputs', () => {
    expect(summary.learners).toBe(3);
    expect(summary.accepted).toEqual(['a.json', 'b.json', 'code 1']);
    expect(summary.rejected).toEqual([{ name: 'broken.json', error: { code: 'not-results' } }]);
    expect(summary.duplicates).toEqual(['b-again.json']);
    expect(summary.nicknames).toEqual(['Mei']);
  });

  it('counts endings, outcomes, missed red flags and protective acts per scenario, in course order', () => {
    expect(summary.scenarios.map((s) => s.id)).toEqual(['genuine-friend-in-need', 'copied-account-hospital']);
    const s = summary.scenarios[1]!;
    expect(s.played).toBe(3);
    expect(s.averageScore).toBe(63);
    expect(s.endings).toEqual([{ id: 'verified-safe', count: 2 }, { id: 'lost-3000', count: 1 }]);
    expect(s.outcomes).toEqual([{ id: 'safe', count: 2 }, { id: 'lost', count: 1 }]);
    expect(s.missedFlags).toEqual([
      { id: 'new-account', count: 2, seen: 2 },
      { id: 'refused-call', count: 1, seen: 2 },
      { id: 'urgent-story', count: 0, seen: 2 },
    ]);
    expect(s.withFlags).toBe(2);
    expect(s.acts).toEqual([{ id: 'call-known-number', count: 2 }, { id: 'private-question', count: 1 }]);
    expect(s.withActs).toBe(3);
  });

  it('gives the quiz score distribution and the most-missed questions', () => {
    const q = summary.quizzes[0]!;
    expect(q).toEqual({
      id: 'friend-impersonation-quiz', taken: 3, passed: 2, averageBest: 78,
      distribution: [0, 0, 1, 0, 2],
      missedQuestions: [{ id: 'q4', count: 2 }, { id: 'q2', count: 1 }],
      withQuestions: 2,
    });
  });

  it('counts lesson readers', () => {
    expect(summary.lessons).toEqual([{ id: 'friend-impersonation/how-it-works', count: 2 }, { id: 'friend-impersonation/how-to-verify', count: 1 }]);
  });

  it('is empty, not broken, with no valid input', () => {
    const none = aggregate([{ name: 'x.txt', text: 'nope' }]);
    expect(none).toMatchObject({ learners: 0, scenarios: [], quizzes: [], lessons: [], rejected: [{ name: 'x.txt', error: { code: 'not-results' } }] });
  });

  it('does not depend on input order', () => {
    const forward = aggregate([{ name: '1', text: resultsToFile(a) }, { name: '2', text: resultsToFile(b) }]);
    const backward = aggregate([{ name: '2', text: resultsToFile(b) }, { name: '1', text: resultsToFile(a) }]);
    expect({ ...forward, accepted: [] }).toEqual({ ...backward, accepted: [] });
  });
});

describe('bandOf', () => {
  it('puts every score 0–100 in exactly one band', () => {
    expect([0, 19, 20, 59, 60, 79, 80, 100].map(bandOf)).toEqual([0, 0, 1, 2, 3, 3, 4, 4]);
  });
});
