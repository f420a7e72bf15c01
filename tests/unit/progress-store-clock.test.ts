// The progress store with a wrong clock: records dated "in the future" or before 2025 stay, are shown and saved again.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

type Persistent = typeof import('@nanostores/persistent');
type Store = typeof import('../../src/stores/progress');
const KEY = 'vf:progress';
let persistent: Persistent;

async function load(saved: string): Promise<Store> {
  vi.resetModules();
  persistent = await import('@nanostores/persistent');
  persistent.useTestStorageEngine();
  persistent.cleanTestStorage();
  persistent.setTestStorageKey(KEY, saved);
  return import('../../src/stores/progress');
}
const stored = () => JSON.parse(persistent.getTestStorage()[KEY]!) as { lessons: Record<string, { at: string }> };
const saved = JSON.stringify({ v: 2, lessons: { 'm/read-later': { at: '2026-11-30T12:00:00.000Z' }, 'm/read-long-ago': { at: '2000-01-01T00:00:00.000Z' } }, scenarios: {}, quizzes: {} });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T12:00:00.000Z')); // two days before the first record
});
afterEach(() => vi.useRealTimers());

it('keeps and shows records from the "future" and from before 2025, says the clock looks off, and saves them with the next change', async () => {
  const store = await load(saved);
  expect(Object.keys(store.$progress.get().lessons).sort()).toEqual(['m/read-later', 'm/read-long-ago']);
  expect(store.$storageNotice.get()).toBe('clock');
  store.markLessonRead('m/today');
  expect(Object.keys(stored().lessons).sort()).toEqual(['m/read-later', 'm/read-long-ago', 'm/today']);
  expect(stored().lessons['m/read-later']!.at).toBe('2026-11-30T12:00:00.000Z');
});

it('saves progress made while the clock says 1970', async () => {
  vi.setSystemTime(new Date('1970-01-02T00:00:00.000Z'));
  const store = await load(JSON.stringify({ v: 2, lessons: {}, scenarios: {}, quizzes: {} }));
  store.markLessonRead('m/l');
  expect(stored().lessons['m/l']!.at).toBe('1970-01-02T00:00:00.000Z');
  expect(store.$storageNotice.get()).toBe('clock');
  const reloaded = await load(persistent.getTestStorage()[KEY]!);
  expect(Object.keys(reloaded.$progress.get().lessons)).toEqual(['m/l']);
});
