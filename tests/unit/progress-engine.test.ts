// Progress engine: reading (validation + migrations), updates, merge, derived completion and refreshers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offersRefresherCalendar, refresherCalendarName, refresherEvents } from '../../src/engine/progress/calendar';
import { exportFileName, mergeProgress } from '../../src/engine/progress/merge';
import { parseProgress, readProgress } from '../../src/engine/progress/read';
import { DAY, MAX_ENTRIES, PROGRESS_VERSION, emptyProgress, type Progress } from '../../src/engine/progress/shape';
import { continueItem, itemPath, refreshersDue } from '../../src/engine/progress/next';
import { courseStatus, isItemDone, moduleStatus, type Item, type ModuleStructure } from '../../src/engine/progress/status';
import { withLessonRead, withQuizAttempt, withScenarioRun } from '../../src/engine/progress/update';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

const fi: ModuleStructure = {
  id: 'friend-impersonation',
  lessons: ['how-it-works', 'how-to-verify'],
  scenarios: ['copied-account-hospital', 'genuine-friend-in-need'],
  quizzes: ['friend-impersonation-quiz'],
};
const vb: ModuleStructure = { id: 'verify-before-you-pay', lessons: ['payment-safeguards'], scenarios: [], quizzes: ['verify-before-you-pay-quiz'] };
const course = [fi, vb];

/** A learner who finished friend-impersonation `daysAgo` days ago (the quiz pass was the last step). */
function finishedFi(daysAgo: number): Progress {
  let p = emptyProgress();
  p = withLessonRead(p, 'friend-impersonation/how-it-works', NOW - (daysAgo + 2) * DAY);
  p = withLessonRead(p, 'friend-impersonation/how-to-verify', NOW - (daysAgo + 1) * DAY);
  p = withScenarioRun(p, 'copied-account-hospital', { ending: 'kept-money', outcome: 'kept-money', score: 90 }, NOW - (daysAgo + 1) * DAY);
  p = withQuizAttempt(p, 'friend-impersonation-quiz', { score: 50, passed: false }, NOW - daysAgo * DAY - 1000);
  return withQuizAttempt(p, 'friend-impersonation-quiz', { score: 80, passed: true }, NOW - daysAgo * DAY);
}

const valid = (): Progress => ({
  v: 2,
  lessons: { 'friend-impersonation/how-it-works': { at: at(3) } },
  scenarios: {
    'copied-account-hospital': { count: 2, best: 90, firstAt: at(3), last: { ending: 'called-friend', outcome: 'kept-money', score: 70, at: at(2) } },
  },
  quizzes: { 'friend-impersonation-quiz': { count: 3, best: 100, last: 60, lastAt: at(1), passedAt: at(2) } },
});

describe('reading saved or imported progress', () => {
  it('accepts a valid v2 progress unchanged', () => {
    const r = readProgress(valid(), NOW);
    expect(r.problems).toEqual([]);
    expect(r.progress).toEqual(valid());
  });

  it('round-trips through JSON', () => {
    expect(parseProgress(JSON.stringify(valid()), NOW).progress).toEqual(valid());
  });

  it('migrates v1 (the first store) to v2', () => {
    const v1 = {
      v: 1,
      lessons: { 'friend-impersonation/how-it-works': at(5) },
      scenarios: { 'copied-account-hospital': { ending: 'lost-money', outcome: 'lost', score: 20, at: at(4) } },
      quizzes: {
        'friend-impersonation-quiz': { best: 80, last: 40, count: 2, passed: true, at: at(3) },
        'after-a-scam-quiz': { best: 30, last: 30, count: 1, passed: false, at: at(2) },
      },
    };
    const r = readProgress(v1, NOW);
    expect(r.problems).toEqual([]);
    expect(r.progress).toEqual({
      v: PROGRESS_VERSION,
      lessons: { 'friend-impersonation/how-it-works': { at: at(5) } },
      scenarios: { 'copied-account-hospital': { count: 1, best: 20, firstAt: at(4), last: { ending: 'lost-money', outcome: 'lost', score: 20, at: at(4) } } },
      quizzes: {
        'friend-impersonation-quiz': { count: 2, best: 80, last: 40, lastAt: at(3), passedAt: at(3) },
        'after-a-scam-quiz': { count: 1, best: 30, last: 30, lastAt: at(2) },
      },
    });
  });

  it('drops bad v1 entries during migration instead of crashing', () => {
    const r = readProgress({ v: 1, lessons: { 'a/b': 5 }, scenarios: [], quizzes: { q: 'x' } }, NOW);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.problems.map((p) => p.code).sort()).toEqual(['bad-entry', 'bad-entry', 'bad-section']);
  });

  it.each([
    ['not JSON', '{"v":2,', 'not-json'],
    ['an array', '[1,2]', 'not-object'],
    ['null', 'null', 'not-object'],
    ['a string', '"hello"', 'not-object'],
    ['no version', '{"lessons":{}}', 'no-version'],
    ['a future version', '{"v":3,"lessons":{}}', 'future-version'],
    ['version 0', '{"v":0}', 'bad-version'],
    ['a version as text', '{"v":"2"}', 'bad-version'],
    ['a fractional version', '{"v":1.5}', 'bad-version'],
  ])('refuses %s with a clear code', (_, json, code) => {
    const r = parseProgress(json, NOW);
    expect(r.progress).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ code })]);
  });

  it.each([
    ['wrong type of section', { lessons: 'x' }, 'lessons', 'bad-section'],
    ['lesson key without module', { lessons: { 'how-it-works': { at: at(1) } } }, 'lessons.how-it-works', 'bad-key'],
    ['uppercase id', { quizzes: { Quiz: { count: 1, best: 1, last: 1, lastAt: at(1) } } }, 'quizzes.Quiz', 'bad-key'],
    ['score above 100', { quizzes: { q: { count: 1, best: 101, last: 1, lastAt: at(1) } } }, 'quizzes.q.best', 'bad-score'],
    ['negative score', { quizzes: { q: { count: 1, best: 1, last: -1, lastAt: at(1) } } }, 'quizzes.q.last', 'bad-score'],
    ['score as text', { quizzes: { q: { count: 1, best: '90', last: 1, lastAt: at(1) } } }, 'quizzes.q.best', 'bad-score'],
    ['infinite count', { quizzes: { q: { count: 1e308, best: 1, last: 1, lastAt: at(1) } } }, 'quizzes.q.count', 'bad-count'],
    ['fractional count', { quizzes: { q: { count: 1.5, best: 1, last: 1, lastAt: at(1) } } }, 'quizzes.q.count', 'bad-count'],
    ['impossible date', { lessons: { 'a/b': { at: '2026-02-31T00:00:00.000Z' } } }, 'lessons.a/b.at', 'bad-date'],
    ['date as a number', { lessons: { 'a/b': { at: NOW } } }, 'lessons.a/b.at', 'bad-date'],
    ['ending with markup', { scenarios: { s: { count: 1, best: 1, firstAt: at(1), last: { ending: '<img src=x onerror=alert(1)>', outcome: 'lost', score: 1, at: at(1) } } } }, 'scenarios.s.last.ending', 'bad-text'],
    ['scenario without last run', { scenarios: { s: { count: 1, best: 1, firstAt: at(1) } } }, 'scenarios.s', 'bad-entry'],
  ])('drops an entry with %s and names where', (_, sections, path, code) => {
    const r = readProgress({ v: 2, ...sections }, NOW);
    expect(r.problems).toEqual([{ path, code }]);
    expect(r.progress).toEqual(emptyProgress());
  });

  it('keeps every real date, however far from the clock: timestamps are data, not validity', () => {
    const far = { v: 2, lessons: { 'a/b': { at: '1970-01-01T00:00:00.000Z' }, 'a/c': { at: '2027-11-28T00:00:00.000Z' }, 'a/d': { at: '9999-12-31T23:59:59.999Z' } } };
    for (const now of [NOW, NOW - 2 * DAY, NOW + 2 * DAY, Date.UTC(2000, 0, 1)]) {
      const r = readProgress(far, now);
      expect(r.problems).toEqual([]);
      expect(Object.keys(r.progress!.lessons)).toEqual(['a/b', 'a/c', 'a/d']);
    }
  });

  it('keeps the good entries next to a bad one', () => {
    const data = valid() as unknown as { lessons: Record<string, unknown> };
    data.lessons['friend-impersonation/how-to-verify'] = { at: 'yesterday' };
    const r = readProgress(data, NOW);
    expect(r.problems).toEqual([{ path: 'lessons.friend-impersonation/how-to-verify.at', code: 'bad-date' }]);
    expect(r.progress).toEqual(valid());
  });

  it('refuses prototype keys and pollutes nothing', () => {
    const json = '{"v":2,"__proto__":{"polluted":1},"lessons":{"__proto__":{"at":"2026-11-01T00:00:00.000Z"},"constructor/x":{"at":"2026-11-01T00:00:00.000Z"}},'
      + '"quizzes":{"constructor":{"count":1,"best":1,"last":1,"lastAt":"2026-11-01T00:00:00.000Z"},"__proto__":{"polluted":true}}}';
    const r = parseProgress(json, NOW);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.problems.map((p) => p.path).sort()).toEqual(['lessons.__proto__', 'lessons.constructor/x', 'quizzes.__proto__', 'quizzes.constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.progress!.quizzes)).toBe(Object.prototype);
  });

  it('refuses a section with absurdly many entries', () => {
    const lessons = Object.fromEntries(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => [`m/l${i}`, { at: at(1) }]));
    const r = readProgress({ v: 2, lessons }, NOW);
    expect(r.problems).toEqual([{ path: 'lessons', code: 'too-many' }]);
    expect(r.progress!.lessons).toEqual({});
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const r = readProgress(value, NOW);
      expect(r.progress === null || r.progress.v === PROGRESS_VERSION).toBe(true);
    }));
    fc.assert(fc.property(fc.record({ v: fc.constantFrom(1, 2), lessons: fc.jsonValue(), scenarios: fc.jsonValue(), quizzes: fc.jsonValue() }), (value) => {
      expect(readProgress(value, NOW).progress).not.toBeNull();
    }));
  });
});

describe('updates', () => {
  it('keeps the first date a lesson was read', () => {
    const p = withLessonRead(emptyProgress(), 'friend-impersonation/how-it-works', NOW - DAY);
    expect(withLessonRead(p, 'friend-impersonation/how-it-works', NOW)).toBe(p);
  });

  it('ignores invalid ids rather than saving them', () => {
    const p = emptyProgress();
    expect(withLessonRead(p, '__proto__/x', NOW)).toBe(p);
    expect(withQuizAttempt(p, 'constructor', { score: 10, passed: false }, NOW)).toBe(p);
    expect(withScenarioRun(p, 'ok', { ending: 'bad id', outcome: 'x', score: 1 }, NOW)).toBe(p);
    expect(withQuizAttempt(p, 'q', { score: Number.NaN, passed: true }, NOW)).toBe(p);
  });

  it('tracks best, last and count of quiz attempts and the first pass', () => {
    let p = withQuizAttempt(emptyProgress(), 'q', { score: 90, passed: true }, NOW - 2000);
    p = withQuizAttempt(p, 'q', { score: 40, passed: false }, NOW - 1000);
    p = withQuizAttempt(p, 'q', { score: 250, passed: true }, NOW);
    expect(p.quizzes.q).toEqual({ count: 3, best: 100, last: 100, lastAt: new Date(NOW).toISOString(), passedAt: new Date(NOW - 2000).toISOString() });
  });

  it('tracks scenario runs: count, best, first and last', () => {
    let p = withScenarioRun(emptyProgress(), 's', { ending: 'a', outcome: 'kept-money', score: 80 }, NOW - 1000);
    p = withScenarioRun(p, 's', { ending: 'b', outcome: 'lost', score: 10 }, NOW);
    expect(p.scenarios.s).toEqual({
      count: 2, best: 80, firstAt: new Date(NOW - 1000).toISOString(),
      last: { ending: 'b', outcome: 'lost', score: 10, at: new Date(NOW).toISOString() },
    });
  });

  it('produces progress that reads back without problems', () => {
    const r = readProgress(JSON.parse(JSON.stringify(finishedFi(3))), NOW);
    expect(r.problems).toEqual([]);
    expect(r.progress).toEqual(finishedFi(3));
  });
});

describe('merge', () => {
  const arbProgress = fc.record({
    lessons: fc.array(fc.tuple(fc.constantFrom('m/a', 'm/b', 'n/c'), fc.integer({ min: 1, max: 50 })), { maxLength: 4 }),
    runs: fc.array(fc.tuple(fc.constantFrom('s1', 's2'), fc.constantFrom('x', 'y'), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 50 })), { maxLength: 4 }),
    attempts: fc.array(fc.tuple(fc.constantFrom('q1', 'q2'), fc.integer({ min: 0, max: 100 }), fc.boolean(), fc.integer({ min: 1, max: 50 })), { maxLength: 4 }),
  }).map(({ lessons, runs, attempts }) => {
    let p = emptyProgress();
    for (const [k, d] of lessons) p = withLessonRead(p, k, NOW - d * DAY);
    for (const [s, e, score, d] of runs) p = withScenarioRun(p, s, { ending: e, outcome: e, score }, NOW - d * DAY);
    for (const [q, score, passed, d] of attempts) p = withQuizAttempt(p, q, { score, passed }, NOW - d * DAY);
    return p;
  });

  it('is idempotent, commutative and associative', () => {
    fc.assert(fc.property(arbProgress, arbProgress, arbProgress, (a, b, c) => {
      expect(mergeProgress(a, a)).toEqual(a);
      expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
    }));
  });

  it('keeps the earliest read, the best score, the latest attempt and the first pass', () => {
    const here = withQuizAttempt(withLessonRead(emptyProgress(), 'm/a', NOW - 5 * DAY), 'q', { score: 90, passed: true }, NOW - 4 * DAY);
    const file = withQuizAttempt(withLessonRead(emptyProgress(), 'm/a', NOW - 9 * DAY), 'q', { score: 30, passed: false }, NOW - DAY);
    const m = mergeProgress(here, file);
    expect(m.lessons['m/a']).toEqual({ at: at(9) });
    expect(m.quizzes.q).toEqual({ count: 1, best: 90, last: 30, lastAt: at(1), passedAt: at(4) });
  });
});

describe('derived facts', () => {
  it('calls an item done by the rule module status counts: read, played, quiz passed (not just attempted)', () => {
    let p = withQuizAttempt(emptyProgress(), 'friend-impersonation-quiz', { score: 40, passed: false }, NOW);
    p = withLessonRead(p, 'friend-impersonation/how-it-works', NOW);
    expect(isItemDone(p, { kind: 'quiz', id: 'friend-impersonation-quiz' })).toBe(false);
    expect(moduleStatus(p, fi).done).toBe(1);
    expect(isItemDone(p, { kind: 'lesson', id: 'friend-impersonation/how-it-works' })).toBe(true);
    expect(isItemDone(p, { kind: 'lesson', id: 'how-it-works' })).toBe(false);
    expect(isItemDone(p, { kind: 'scenario', id: 'copied-account-hospital' })).toBe(false);
    expect(isItemDone(p, { kind: 'scenario', id: 'constructor' })).toBe(false);
    const done = finishedFi(0);
    for (const item of [
      { kind: 'quiz', id: 'friend-impersonation-quiz' }, { kind: 'scenario', id: 'copied-account-hospital' },
    ] as const) expect(isItemDone(done, item), item.id).toBe(true);
  });

  it('counts a module complete when lessons are read, quizzes passed and one scenario played', () => {
    const s = moduleStatus(finishedFi(0), fi);
    expect(s).toMatchObject({ done: 4, total: 4, percent: 100, complete: true, completedAt: NOW });
    expect(s.next).toBeUndefined();
  });

  it('rounds percentages down and names the next item', () => {
    const p = withLessonRead(emptyProgress(), 'friend-impersonation/how-it-works', NOW);
    expect(moduleStatus(p, fi)).toMatchObject({ done: 1, total: 4, percent: 25, complete: false, next: { kind: 'lesson', id: 'how-to-verify' } });
    const almost = withQuizAttempt(finishedFi(0), 'friend-impersonation-quiz', { score: 10, passed: false }, NOW);
    expect(moduleStatus(almost, fi).complete).toBe(true); // a later failed attempt does not undo a pass
    const noPass = { ...finishedFi(0), quizzes: {} };
    expect(moduleStatus(noPass, fi)).toMatchObject({ percent: 75, complete: false, next: { kind: 'quiz', id: 'friend-impersonation-quiz' } });
  });

  it('ignores progress for ids the course does not have', () => {
    const p = withLessonRead(emptyProgress(), 'old-module/gone', NOW);
    expect(courseStatus(p, course)).toMatchObject({ done: 0, total: 6, percent: 0 });
  });

  it('computes the course percentage over all modules', () => {
    expect(courseStatus(finishedFi(0), course)).toMatchObject({ done: 4, total: 6, percent: 66 });
  });

  it('continues in the module touched last, then the first unfinished one', () => {
    expect(continueItem(emptyProgress(), course)).toBeNull();
    let p = withLessonRead(emptyProgress(), 'verify-before-you-pay/payment-safeguards', NOW - DAY);
    p = withLessonRead(p, 'friend-impersonation/how-it-works', NOW);
    expect(continueItem(p, course)).toEqual({ kind: 'lesson', module: 'friend-impersonation', id: 'how-to-verify' });
    expect(continueItem(finishedFi(0), course)).toEqual({ kind: 'lesson', module: 'verify-before-you-pay', id: 'payment-safeguards' });
  });

  it('builds locale-relative paths, refreshers reshuffle the quiz', () => {
    expect(itemPath({ kind: 'lesson', module: 'm', id: 'l' })).toBe('modules/m/l/');
    expect(itemPath({ kind: 'scenario', module: 'm', id: 's' }, true)).toBe('scenarios/s/');
    expect(itemPath({ kind: 'quiz', module: 'm', id: 'q' }, true)).toBe('quizzes/q/?refresher=1');
  });

  it('names the export file by date', () => {
    expect(exportFileName(new Date(2026, 10, 8, 23, 59))).toBe('verify-first-progress-2026-11-08.json');
  });
});

describe('refreshers (fixed clock)', () => {
  it('offer a calendar file while the 28-day refresher is ahead, with stable uids and a 09:00 alarm', () => {
    const status = moduleStatus(finishedFi(0), fi);
    expect(offersRefresherCalendar(status, NOW)).toBe(true);
    expect(offersRefresherCalendar(status, NOW + 28 * DAY)).toBe(false);
    expect(offersRefresherCalendar(moduleStatus(emptyProgress(), fi), NOW)).toBe(false);
    const text = { summary: 'S', description: 'D', url: (t: Item) => `https://x/${itemPath(t, true)}` };
    const events = refresherEvents(finishedFi(0), fi, NOW, text)!;
    const day = (ms: number) => { const d = new Date(ms); return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }; };
    const stamp = `${day(NOW).year}${String(day(NOW).month).padStart(2, '0')}${String(day(NOW).day).padStart(2, '0')}`;
    expect(events).toEqual([1, 2].map((n) => ({
      uid: `friend-impersonation-refresher-${n}-${stamp}@verify-first`,
      date: day(NOW + (n === 1 ? 7 : 28) * DAY),
      summary: 'S', description: 'D', url: 'https://x/scenarios/genuine-friend-in-need/', alarmMinutes: 9 * 60,
    })));
    expect(refresherEvents(emptyProgress(), { id: 'm', lessons: [], scenarios: [], quizzes: [] }, NOW, text)).toBeNull();
    expect(refresherCalendarName('friend-impersonation')).toBe('verify-first-refreshers-friend-impersonation.ics');
  });

  it('are not due before 7 days', () => {
    expect(refreshersDue(finishedFi(6.9), course, NOW)).toEqual([]);
  });

  it('fall due at 7 days with an unplayed scenario first', () => {
    const due = refreshersDue(finishedFi(7), course, NOW);
    expect(due).toEqual([{ module: 'friend-impersonation', stage: 1, dueAt: NOW, target: { kind: 'scenario', module: 'friend-impersonation', id: 'genuine-friend-in-need' } }]);
  });

  it('are done by practising on or after the due date, and come back at 28 days', () => {
    const practised = withScenarioRun(finishedFi(10), 'genuine-friend-in-need', { ending: 'helped', outcome: 'helped-friend', score: 100 }, NOW - 2 * DAY);
    expect(refreshersDue(practised, course, NOW)).toEqual([]);
    const due = refreshersDue(practised, course, NOW + 20 * DAY);
    expect(due).toEqual([{ module: 'friend-impersonation', stage: 2, dueAt: NOW + 18 * DAY, target: { kind: 'quiz', module: 'friend-impersonation', id: 'friend-impersonation-quiz' } }]);
  });

  it('show only the later stage when both are overdue', () => {
    const due = refreshersDue(finishedFi(40), course, NOW);
    expect(due.map((d) => d.stage)).toEqual([2]);
  });

  it('are done for good after the 28-day practice', () => {
    const p = withQuizAttempt(finishedFi(30), 'friend-impersonation-quiz', { score: 70, passed: true }, NOW);
    expect(refreshersDue(p, course, NOW + 365 * DAY)).toEqual([]);
  });

  it('need a complete module', () => {
    const p = { ...finishedFi(30), quizzes: {} };
    expect(refreshersDue(p, course, NOW)).toEqual([]);
  });
});
