// Shared results: built from progress (only the plan's items, anonymous by default), file and code round trips, validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildResults, CODE_PREFIX, MAX_RESULTS_TEXT, parseResults, resultsFileName, resultsToCode, resultsToFile, type ProgressLike,
} from '../../src/engine/results';

// Progress v2 (src/engine/progress.ts), plus the optional details a store may record one day.
const progress: ProgressLike = {
  lessons: { 'friend-impersonation/how-it-works': { at: '2026-11-01T10:00:00Z' }, 'after-a-scam/first-hour': { at: '2026-11-02T10:00:00Z' } },
  scenarios: {
    'copied-account-hospital': { last: { ending: 'verified-and-safe', outcome: 'safe', score: 92.4, caught: ['urgent-story', 'refused-call'], missed: ['new-account'], acts: ['call-known-number'] } },
    'seminar-group-vip': { last: { ending: 'signed-contract', outcome: 'lost', score: 20 } },
  },
  quizzes: {
    'friend-impersonation-quiz': { best: 90, last: 70, passedAt: '2026-11-02T10:00:00Z' },
    'after-a-scam-quiz': { best: 40, last: 40, missed: ['q3', 'q5'] },
  },
};

describe('buildResults', () => {
  it('is anonymous by default and carries what progress recorded', () => {
    const r = buildResults(progress, { id: 'abc123' });
    expect(r.nickname).toBe('');
    expect(r.lessons).toEqual(['friend-impersonation/how-it-works', 'after-a-scam/first-hour']);
    expect(r.scenarios['copied-account-hospital']).toEqual({ ending: 'verified-and-safe', outcome: 'safe', score: 92, caught: ['urgent-story', 'refused-call'], missed: ['new-account'], acts: ['call-known-number'] });
    expect(r.scenarios['seminar-group-vip']).toEqual({ ending: 'signed-contract', outcome: 'lost', score: 20 });
    expect(r.quizzes['after-a-scam-quiz']).toEqual({ best: 40, last: 40, passed: false, missed: ['q3', 'q5'] });
    expect(JSON.stringify(r)).not.toMatch(/2026/); // no timestamps leave the browser
  });

  it('reads progress v1 too (runs and passes kept flat)', () => {
    const v1: ProgressLike = {
      lessons: { 'a/b': '2026-11-01T10:00:00Z' },
      scenarios: { s1: { ending: 'e1', outcome: 'lost', score: 10 } },
      quizzes: { q1: { best: 80, last: 80, passed: true } },
    };
    expect(buildResults(v1, { id: 'v1' })).toMatchObject({ lessons: ['a/b'], scenarios: { s1: { ending: 'e1', outcome: 'lost', score: 10 } }, quizzes: { q1: { best: 80, last: 80, passed: true } } });
  });

  it('skips runs whose ending or outcome is not an id', () => {
    const odd = { lessons: {}, quizzes: {}, scenarios: { s1: { last: { ending: '<b>', outcome: 'safe', score: 1 } }, s2: { last: {} } } } as unknown as ProgressLike;
    expect(buildResults(odd, { id: 'x' }).scenarios).toEqual({});
  });

  it('shares only the items in scope (a plan)', () => {
    const r = buildResults(progress, { id: 'x1', scope: { lessons: ['after-a-scam/first-hour'], scenarios: ['seminar-group-vip'], quizzes: [] } });
    expect(r.lessons).toEqual(['after-a-scam/first-hour']);
    expect(Object.keys(r.scenarios)).toEqual(['seminar-group-vip']);
    expect(r.quizzes).toEqual({});
  });

  it('cleans the nickname and uses it in the file name', () => {
    const r = buildResults(progress, { id: 'abcdef99', nickname: '  小王\u0000 <b>  ' });
    expect(r.nickname).toBe('小王  <b>');
    expect(resultsFileName(r)).toBe('verify-first-results-小王-b-abcdef.json');
    expect(resultsFileName(buildResults(progress, { id: 'zz9' }))).toBe('verify-first-results-anonymous-zz9.json');
  });
});

describe('parseResults', () => {
  const results = buildResults(progress, { id: 'abc123', nickname: 'Lin' });

  it('reads back a file and a code', () => {
    expect(parseResults(resultsToFile(results))).toEqual({ ok: true, results });
    const code = resultsToCode(results);
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^VFR2\.[A-Za-z0-9_-]+$/);
    expect(parseResults(code)).toEqual({ ok: true, results });
    expect(parseResults(`  ${code.slice(0, 20)}\n${code.slice(20)}  `)).toEqual({ ok: true, results });
  });

  it('round-trips arbitrary valid results', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
    const scoreArb = fc.integer({ min: 0, max: 100 });
    fc.assert(fc.property(
      fc.dictionary(id, fc.record({ last: fc.record({ ending: id, outcome: id, score: scoreArb, caught: fc.uniqueArray(id, { maxLength: 5 }), falseAlarms: fc.uniqueArray(id, { maxLength: 3 }), path: fc.array(id, { maxLength: 6 }) }, { requiredKeys: ['ending', 'outcome', 'score'] }) }), { maxKeys: 6 }),
      fc.dictionary(id, fc.record({ best: scoreArb, last: scoreArb, passedAt: fc.constant('2026-11-02T10:00:00Z') }, { requiredKeys: ['best', 'last'] }), { maxKeys: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      (scenarios, quizzes, nickname) => {
        const r = buildResults({ lessons: {}, scenarios, quizzes }, { id: 'p1', nickname });
        expect(parseResults(resultsToCode(r))).toEqual({ ok: true, results: r });
        expect(parseResults(resultsToFile(r))).toEqual({ ok: true, results: r });
      },
    ), { numRuns: 100 });
  }, 30_000);

  it('rejects oversized input before parsing it', () => {
    expect(parseResults(' '.repeat(MAX_RESULTS_TEXT + 1))).toEqual({ ok: false, error: { code: 'too-large', size: MAX_RESULTS_TEXT + 1 } });
  });

  it('rejects what is not results, other versions and bad fields, naming the field', () => {
    expect(parseResults('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseResults('hello')).toEqual({ ok: false, error: { code: 'not-results' } });
    expect(parseResults('{"v":1}')).toEqual({ ok: false, error: { code: 'not-results' } });
    expect(parseResults('VFR1.!!!')).toEqual({ ok: false, error: { code: 'not-results' } });
    expect(parseResults('VFR3.abc')).toEqual({ ok: false, error: { code: 'version', version: '3' } });
    const base = JSON.parse(resultsToFile(results));
    expect(parseResults(JSON.stringify({ ...base, v: 9 }))).toEqual({ ok: false, error: { code: 'version', version: '9' } });
    const bad = (change: (d: any) => void) => { const d = structuredClone(base); change(d); return parseResults(JSON.stringify(d)); };
    expect(bad((d) => { d.scenarios['copied-account-hospital'].score = 'lots'; })).toEqual({ ok: false, error: { code: 'malformed', field: 'scenarios.copied-account-hospital.score' } });
    expect(bad((d) => { d.scenarios['<img onerror>'] = { ending: 'a', outcome: 'b', score: 1 }; })).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(bad((d) => { d.quizzes['after-a-scam-quiz'].passed = 'yes'; })).toEqual({ ok: false, error: { code: 'malformed', field: 'quizzes.after-a-scam-quiz.passed' } });
    expect(bad((d) => { d.lessons = ['../x']; })).toEqual({ ok: false, error: { code: 'malformed', field: 'lessons.0' } });
    expect(bad((d) => { d.id = ''; })).toEqual({ ok: false, error: { code: 'malformed', field: 'id' } });
    expect(parseResults('{"format":"verify-first-results","v":1,"id":"a","nickname":"","lessons":[],"scenarios":{"__proto__":{}},"quizzes":{}}')).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { parseResults(s); parseResults(`VFR1.${s}`); }));
    fc.assert(fc.property(fc.jsonValue(), (v) => { parseResults(JSON.stringify({ format: 'verify-first-results', v: 1, id: 'a', nickname: '', lessons: [], scenarios: v, quizzes: v })); }));
  });
});
