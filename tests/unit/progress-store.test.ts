// Progress store: loading bad storage, newer versions, blocked/full storage, cross-tab updates, import and reset.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeProgress } from '../../src/engine/progress/merge';

type Persistent = typeof import('@nanostores/persistent');
type Store = typeof import('../../src/stores/progress');

const KEY = 'vf:progress';
let persistent: Persistent;

/** A fresh store over the test storage engine, pre-filled with `saved` (raw text). */
async function load(saved?: string): Promise<Store> {
  vi.resetModules();
  persistent = await import('@nanostores/persistent');
  persistent.useTestStorageEngine();
  persistent.cleanTestStorage();
  if (saved !== undefined) persistent.setTestStorageKey(KEY, saved);
  return import('../../src/stores/progress');
}
const stored = () => persistent.getTestStorage()[KEY];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T12:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  it('starts empty and saves each change', async () => {
    const s = await load();
    expect(s.$progress.get()).toEqual({ v: 2, lessons: {}, scenarios: {}, quizzes: {} });
    s.markLessonRead('friend-impersonation/how-it-works');
    s.recordQuizAttempt('friend-impersonation-quiz', { score: 80, passed: true });
    s.recordScenario('copied-account-hospital', { ending: 'called-friend', outcome: 'kept-money', score: 100 });
    const saved = JSON.parse(stored()!);
    expect(saved.lessons).toEqual({ 'friend-impersonation/how-it-works': { at: '2026-11-28T12:00:00.000Z' } });
    expect(saved.quizzes['friend-impersonation-quiz']).toMatchObject({ best: 80, count: 1, passedAt: '2026-11-28T12:00:00.000Z' });
    expect(saved.scenarios['copied-account-hospital'].last.outcome).toBe('kept-money');
    expect(s.$storageNotice.get()).toBeNull();
  });

  it.each([
    ['not JSON', '{{{'],
    ['a number', '42'],
    ['wrong types', '{"v":2,"lessons":[],"quizzes":{"q":{"count":"many"}}}'],
    ['absurd numbers', '{"v":2,"quizzes":{"q":{"count":1,"best":1e99,"last":1,"lastAt":"2026-11-01T00:00:00.000Z"}}}'],
  ])('loads %s as defaults with a "corrupt" notice, then repairs on the next save', async (_, garbage) => {
    const s = await load(garbage);
    expect(s.$progress.get()).toEqual({ v: 2, lessons: {}, scenarios: {}, quizzes: {} });
    expect(s.$storageNotice.get()).toBe('corrupt');
    expect(stored()).toBe(garbage); // untouched until the learner does something
    s.markLessonRead('m/l');
    expect(JSON.parse(stored()!).lessons).toHaveProperty('m/l');
    expect(s.$storageNotice.get()).toBeNull();
  });

  it('migrates a v1 save on load', async () => {
    const s = await load(JSON.stringify({ v: 1, lessons: { 'm/l': '2026-11-20T00:00:00.000Z' }, scenarios: {}, quizzes: {} }));
    expect(s.$progress.get().lessons).toEqual({ 'm/l': { at: '2026-11-20T00:00:00.000Z' } });
    expect(s.$storageNotice.get()).toBeNull();
  });

  it('never overwrites a save from a newer version, but works in memory', async () => {
    const newer = '{"v":99,"lessons":{"m/l":{"at":"2026-11-20T00:00:00.000Z","extra":1}}}';
    const s = await load(newer);
    expect(s.$storageNotice.get()).toBe('newer');
    s.markLessonRead('m/other');
    expect(s.$progress.get().lessons).toHaveProperty('m/other');
    expect(stored()).toBe(newer);
    s.resetProgress(); // an explicit reset is the learner's choice
    expect(JSON.parse(stored()!)).toEqual({ v: 2, lessons: {}, scenarios: {}, quizzes: {} });
    expect(s.$storageNotice.get()).toBeNull();
  });

  it('keeps working in memory when storage is full', async () => {
    vi.resetModules();
    persistent = await import('@nanostores/persistent');
    const full = new Proxy<Record<string, string>>({}, { set() { throw new DOMException('full', 'QuotaExceededError'); } });
    persistent.setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
    const s = await import('../../src/stores/progress');
    s.markLessonRead('m/l');
    expect(s.$progress.get().lessons).toHaveProperty('m/l');
    expect(s.$storageNotice.get()).toBe('unsaved');
  });

  it('says "unsaved" when localStorage is blocked', async () => {
    vi.stubGlobal('window', { get localStorage(): Storage { throw new DOMException('denied', 'SecurityError'); }, addEventListener() {}, removeEventListener() {} });
    const s = await load();
    expect(s.$storageNotice.get()).toBe('unsaved');
    s.markLessonRead('m/l');
    expect(s.$progress.get().lessons).toHaveProperty('m/l');
  });

  it('follows changes made in another tab, and a reset there', async () => {
    const s = await load();
    const seen: number[] = [];
    const unbind = s.$progress.listen((p) => seen.push(Object.keys(p.lessons).length));
    persistent.setTestStorageKey(KEY, JSON.stringify({ v: 2, lessons: { 'm/a': { at: '2026-11-27T00:00:00.000Z' } } }));
    expect(s.$progress.get().lessons).toHaveProperty('m/a');
    persistent.setTestStorageKey(KEY, undefined);
    expect(s.$progress.get().lessons).toEqual({});
    persistent.setTestStorageKey(KEY, 'garbage from another tab');
    expect(s.$storageNotice.get()).toBe('corrupt');
    expect(seen).toEqual([1, 0, 0]);
    unbind();
  });

  it('imports by merge or replace, and exports what it holds', async () => {
    const s = await load();
    s.markLessonRead('m/here');
    const incoming = { v: 2 as const, lessons: { 'm/there': { at: '2026-11-01T00:00:00.000Z' } }, scenarios: {}, quizzes: {} };
    s.replaceProgress(mergeProgress(s.$progress.get(), incoming));
    expect(Object.keys(s.$progress.get().lessons).sort()).toEqual(['m/here', 'm/there']);
    s.replaceProgress(incoming);
    expect(Object.keys(s.$progress.get().lessons)).toEqual(['m/there']);
    const exported = JSON.parse(s.exportProgressJson());
    expect(exported).toMatchObject({ ...incoming, exportedAt: '2026-11-28T12:00:00.000Z' });
  });
});
