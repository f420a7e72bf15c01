// LMS reporting: the SCORM lesson status and score from the modules' own rule, and the suspend-data encoding
// (round trip, its worst case against the 4,096-character limit, garbage in).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSuspend, encodeSuspend, lmsReport, SUSPEND_LIMIT, withSuspended } from '../../src/engine/lms';
import { DAY, MAX_COUNT, emptyProgress, type Progress } from '../../src/engine/progress/shape';
import { moduleStatus, type ModuleStructure } from '../../src/engine/progress/status';
import { withLessonRead, withQuizAttempt, withScenarioRun } from '../../src/engine/progress/update';
import { courseModules } from '../support/course';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const fi: ModuleStructure = { id: 'friend-impersonation', lessons: ['how-it-works', 'how-to-verify'], scenarios: ['copied-account-hospital', 'genuine-friend-in-need'], quizzes: ['friend-impersonation-quiz'] };
const noQuiz: ModuleStructure = { id: 'reading-only', lessons: ['one'], scenarios: [], quizzes: [] };

function rest(p: Progress): Progress {
  p = withLessonRead(p, 'friend-impersonation/how-it-works', NOW - 3 * DAY);
  p = withLessonRead(p, 'friend-impersonation/how-to-verify', NOW - 2 * DAY);
  return withScenarioRun(p, 'genuine-friend-in-need', { ending: 'helped-friend', outcome: 'helped', score: 90 }, NOW - DAY);
}

describe('lesson status and score', () => {
  it('is incomplete without a score before anything is done', () => {
    expect(lmsReport(emptyProgress(), [fi])).toEqual({ status: 'incomplete' });
  });

  it('is incomplete with the quiz passed but a lesson unread', () => {
    const p = withQuizAttempt(emptyProgress(), 'friend-impersonation-quiz', { score: 90, passed: true }, NOW);
    expect(lmsReport(p, [fi])).toEqual({ status: 'incomplete', score: 90 });
  });

  it('is failed when only the quiz is missing and it was taken without passing, then passed on a retake with the best score', () => {
    let p = withQuizAttempt(rest(emptyProgress()), 'friend-impersonation-quiz', { score: 60, passed: false }, NOW);
    expect(lmsReport(p, [fi])).toEqual({ status: 'failed', score: 60 });
    p = withQuizAttempt(p, 'friend-impersonation-quiz', { score: 85, passed: true }, NOW + 1000);
    p = withQuizAttempt(p, 'friend-impersonation-quiz', { score: 40, passed: false }, NOW + 2000);
    expect(moduleStatus(p, fi).complete).toBe(true);
    expect(lmsReport(p, [fi])).toEqual({ status: 'passed', score: 85 });
  });

  it('is completed for a module without a quiz; a course package averages its quizzes (0 for one not taken)', () => {
    expect(lmsReport(withLessonRead(emptyProgress(), 'reading-only/one', NOW), [noQuiz])).toEqual({ status: 'completed' });
    const vb: ModuleStructure = { id: 'vb', lessons: [], scenarios: [], quizzes: ['vb-quiz'] };
    const p = withQuizAttempt(emptyProgress(), 'friend-impersonation-quiz', { score: 90, passed: true }, NOW);
    expect(lmsReport(p, [fi, vb])).toEqual({ status: 'incomplete', score: 45 });
  });
});

const course = courseModules();
const ids = { lessons: course.flatMap((m) => m.lessons.map((l) => `${m.id}/${l}`)), scenarios: course.flatMap((m) => m.scenarios), quizzes: course.flatMap((m) => m.quizzes) };
const minute = (t: number) => new Date(Math.round(t / 60_000) * 60_000).toISOString();
const id80 = 'a'.repeat(39) + '-' + 'b'.repeat(40);

/** Every item of the course done, with the largest values the progress rules allow. */
function worstCase(): Progress {
  const at = new Date(NOW + DAY - 60_000).toISOString();
  const p = emptyProgress();
  for (const k of ids.lessons) p.lessons[k] = { at };
  for (const s of ids.scenarios) p.scenarios[s] = { count: MAX_COUNT, best: 100, firstAt: at, last: { ending: id80, outcome: 'partly-recovered', score: 100, at } };
  for (const q of ids.quizzes) p.quizzes[q] = { count: MAX_COUNT, best: 100, last: 100, lastAt: at, passedAt: at };
  return p;
}

const progressArb = fc.record({
  lessons: fc.subarray(ids.lessons),
  scenarios: fc.subarray(ids.scenarios),
  quizzes: fc.subarray(ids.quizzes),
  t: fc.integer({ min: Date.UTC(2025, 0, 2), max: NOW }),
  score: fc.integer({ min: 0, max: 100 }),
  count: fc.integer({ min: 1, max: MAX_COUNT }),
  passed: fc.boolean(),
}).map(({ lessons, scenarios, quizzes, t, score, count, passed }): Progress => {
  const at = minute(t);
  const p = emptyProgress();
  for (const k of lessons) p.lessons[k] = { at };
  for (const s of scenarios) p.scenarios[s] = { count, best: score, firstAt: at, last: { ending: 'some-ending', outcome: 'safe', score, at } };
  for (const q of quizzes) p.quizzes[q] = { count, best: score, last: score, lastAt: at, ...(passed ? { passedAt: at } : {}) };
  return p;
});

describe('suspend data', () => {
  it('brings back what the LMS needs, whole (times to the minute)', () => {
    fc.assert(fc.property(progressArb, (p) => {
      expect(decodeSuspend(encodeSuspend(p, course), course, NOW)).toEqual(p);
    }));
  });

  it(`stays within ${SUSPEND_LIMIT} characters in the worst case of the whole course`, () => {
    const text = encodeSuspend(worstCase(), course);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = decodeSuspend(text, course, NOW)!;
    expect(Object.keys(back.lessons).length + Object.keys(back.scenarios).length + Object.keys(back.quizzes).length)
      .toBe(ids.lessons.length + ids.scenarios.length + ids.quizzes.length);
  });

  it('leaves out the debrief detail and other modules, and merges into local progress without losing anything', () => {
    let local = withScenarioRun(emptyProgress(), 'copied-account-hospital', { ending: 'paid', outcome: 'lost', score: 20, missed: ['f1'], acts: ['a1'] }, NOW - DAY);
    local = withLessonRead(local, 'other-module/x', NOW - DAY);
    const suspended = decodeSuspend(encodeSuspend(rest(emptyProgress()), [fi]), [fi], NOW);
    const merged = withSuspended(local, suspended);
    expect(merged.scenarios['copied-account-hospital']!.last.missed).toEqual(['f1']);
    expect(merged.lessons['other-module/x']).toBeDefined();
    expect(merged.lessons['friend-impersonation/how-to-verify']).toBeDefined();
    expect(encodeSuspend(local, [fi])).not.toContain('f1');
  });

  it('never throws on garbage and never lets a bad value through', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const p = decodeSuspend(`1|${s}`, course, NOW);
      if (p) for (const q of Object.values(p.quizzes)) expect(q.best).toBeLessThanOrEqual(100);
    }));
    expect(decodeSuspend(undefined, course, NOW)).toBeNull();
    expect(decodeSuspend('2|x', course, NOW)).toBeNull();
    expect(decodeSuspend('x'.repeat(SUSPEND_LIMIT + 1), course, NOW)).toBeNull();
    expect(decodeSuspend('1|zzzzzzzzz,|9.2s.0.0.2s.safe.__proto__|', course, NOW)).toEqual(emptyProgress());
  });
});
