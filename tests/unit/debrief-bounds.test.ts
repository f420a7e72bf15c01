// The debrief stays bounded by the course, not by what files claim: unknown ids counted not listed,
// real file sizes, learner-chosen keys quoted short.
import { describe, expect, it } from 'vitest';
import { aggregate, readInput } from '../../src/engine/debrief';
import { quote } from '../../src/engine/quote';
import { buildResults, keepKnown, MAX_RESULTS_TEXT, parseResults, resultsToFile, type KnownIds } from '../../src/engine/results';
import { formatSize } from '../../src/lib/size';

const known: KnownIds = {
  lessons: { 'friend-impersonation/how-it-works': 'How it works' },
  scenarios: { 'copied-account-hospital': { endings: { 'verified-safe': 'Safe' }, redFlags: { 'urgent-story': 'Urgent story' }, acts: { 'call-known-number': 'Call' } } },
  quizzes: { 'friend-impersonation-quiz': { questions: { q2: 'Q2' } } },
};

/** A valid results file (under 40 000 characters) that uses its whole allowance of made-up entries: 80 scenarios, 80 quizzes, 160 lessons. */
function flood(id: string) {
  const scenarios: Record<string, unknown> = {};
  const quizzes: Record<string, unknown> = {};
  for (let i = 0; i < 80; i++) {
    scenarios[`made-up-${i}`] = { last: { ending: `end-${i}`, outcome: 'lost', score: 10, missed: Array.from({ length: 8 }, (_, j) => `f${j}`) } };
    quizzes[`quiz-${i}`] = { best: 50, last: 50, missed: Array.from({ length: 8 }, (_, j) => `q${j}`) };
  }
  const lessons = Object.fromEntries(Array.from({ length: 160 }, (_, i) => [`mod/lesson-${i}`, 'x']));
  return resultsToFile(buildResults({ lessons, scenarios, quizzes } as never, { id }));
}

describe('keepKnown', () => {
  it('keeps the course\'s ids and counts the others', () => {
    const results = buildResults({
      lessons: { 'friend-impersonation/how-it-works': 'x', 'other/lesson': 'x' },
      scenarios: {
        'copied-account-hospital': { last: { ending: 'verified-safe', outcome: 'safe', score: 90, caught: ['urgent-story', 'invented'], acts: ['call-known-number', 'fly-away'] } },
        'not-in-course': { last: { ending: 'x', outcome: 'safe', score: 1 } },
      },
      quizzes: { 'friend-impersonation-quiz': { best: 80, last: 80, missed: ['q2', 'q99'] }, 'other-quiz': { best: 1, last: 1 } },
    }, { id: 'k1' });
    const { results: kept, unknown } = keepKnown(results, known);
    expect(kept.lessons).toEqual(['friend-impersonation/how-it-works']);
    expect(Object.keys(kept.scenarios)).toEqual(['copied-account-hospital']);
    expect(kept.scenarios['copied-account-hospital']).toEqual({ ending: 'verified-safe', outcome: 'safe', score: 90, caught: ['urgent-story'], acts: ['call-known-number'] });
    expect(kept.quizzes).toEqual({ 'friend-impersonation-quiz': { best: 80, last: 80, passed: false, missed: ['q2'] } });
    // other/lesson, not-in-course, invented, fly-away, q99, other-quiz
    expect(unknown).toBe(6);
  });

  it('keeps the decision path and false alarms of a known run (the debrief\'s split and false-alarm count need them)', () => {
    const results = buildResults({ lessons: {}, quizzes: {}, scenarios: { 'copied-account-hospital': { last: { ending: 'verified-safe', outcome: 'safe', score: 90, path: ['c1', 'c4'], falseAlarms: ['m2'] } } } }, { id: 'k3' });
    expect(keepKnown(results, known).results.scenarios['copied-account-hospital']).toMatchObject({ path: ['c1', 'c4'], falseAlarms: ['m2'] });
  });

  it('drops a run of a known scenario with an ending the course does not have', () => {
    const results = buildResults({ lessons: {}, quizzes: {}, scenarios: { 'copied-account-hospital': { last: { ending: 'made-up', outcome: 'safe', score: 5 } } } }, { id: 'k2' });
    expect(keepKnown(results, known)).toMatchObject({ results: { scenarios: {} }, unknown: 1 });
  });
});

describe('the debrief with files at their limits', () => {
  it('shows nothing of 20 files full of made-up ids, and counts them', () => {
    expect(flood('id0').length).toBeLessThanOrEqual(MAX_RESULTS_TEXT);
    const summary = aggregate(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.json`, text: flood(`id${i}`) })), [], known);
    expect(summary.learners).toBe(20);
    expect(summary.scenarios).toEqual([]);
    expect(summary.quizzes).toEqual([]);
    expect(summary.lessons).toEqual([]);
    expect(summary.unknown).toBe(20 * (160 + 80 + 80));
  });

  it('reports a large file by its size in bytes, not the length of what was read', () => {
    const read = readInput({ name: 'big.json', text: ' '.repeat(MAX_RESULTS_TEXT + 1), size: 50 * 1024 * 1024 });
    expect(read.parsed).toEqual({ ok: false, error: { code: 'too-large', size: 50 * 1024 * 1024 } });
    expect(formatSize(50 * 1024 * 1024)).toBe('50.0 MB');
    expect(formatSize(39_000)).toBe('38 KB');
    expect(formatSize(830)).toBe('830 B');
    // A pasted code has no file: its size is its UTF-8 length.
    expect(parseResults('码'.repeat(MAX_RESULTS_TEXT + 1))).toEqual({ ok: false, error: { code: 'too-large', size: 3 * (MAX_RESULTS_TEXT + 1) } });
  });

  it('quotes an 18 000-character key short in the damaged-field message', () => {
    const key = 'a'.repeat(18_000);
    const text = JSON.stringify({ format: 'verify-first-results', v: 1, id: 'x1', nickname: '', lessons: [], scenarios: { [key]: { ending: 'e', outcome: 'o', score: 'bad' } }, quizzes: {} });
    const parsed = parseResults(text);
    expect(parsed).toEqual({ ok: false, error: { code: 'malformed', field: `scenarios.${'a'.repeat(40)}….score` } });
  });
});

describe('quote', () => {
  it('cuts by code point and marks the cut', () => {
    expect(quote('short')).toBe('short');
    expect(quote('😀'.repeat(50), 3)).toBe('😀😀😀…');
    expect(quote('x'.repeat(900_000)).length).toBe(41);
  });
});
