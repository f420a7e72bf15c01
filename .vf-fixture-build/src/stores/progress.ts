// The learner's progress: the one store that touches localStorage ("vf:progress"), with an in-memory fallback.
/*
 * Shape, migrations and rules live in src/engine/progress.ts; this file only loads, saves and syncs.
 * - Load: the saved JSON is read with readProgress(); bad entries are dropped and $storageNotice
 *   becomes "corrupt" (the stored text is left alone until the next save overwrites it).
 * - A newer `v` (saved by a newer version of the site in another tab) is never overwritten: we
 *   work in memory and $storageNotice is "newer" — unless the learner explicitly resets or replaces.
 * - Storage blocked or full: saving throws, we keep the change in memory and say "unsaved".
 * - Other tabs: @nanostores/persistent listens to `storage` events and re-reads the key.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyProgress, parseProgress, withLessonRead, withQuizAttempt, withScenarioRun, type Progress } from '../engine/progress';

export type { Progress } from '../engine/progress';
export const PROGRESS_KEY = 'vf:progress';

/** Why progress may not be what the learner expects: null when all is well. */
export type StorageNotice = null | 'unsaved' | 'corrupt' | 'newer';
const $notice = atom<StorageNotice>(null);
export const $storageNotice: ReadableAtom<StorageNotice> = $notice;

/** True while storage holds data from a newer version that we must not overwrite. */
let frozen = false;

function decode(text: string): Progress {
  const { progress, problems } = parseProgress(text, Date.now());
  frozen = problems.some((p) => p.code === 'future-version');
  if (frozen) $notice.set('newer');
  else if (problems.length) $notice.set('corrupt');
  else if ($notice.get() !== 'unsaved') $notice.set(null);
  return progress ?? emptyProgress();
}

function storageWorks(): boolean {
  if (typeof window === 'undefined') return true; // building pages: nothing to save
  try {
    const probe = 'vf:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
if (!storageWorks()) $notice.set('unsaved');

const $stored = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), { encode: JSON.stringify, decode });
const $current = atom<Progress>($stored.get());
$stored.subscribe((value) => $current.set(value));

/** The learner's progress (persisted when possible; synced across tabs). Never mutate it. */
export const $progress: ReadableAtom<Progress> = $current;

function save(next: Progress, force = false): void {
  if (next === $current.get() && !force) return;
  if (frozen && !force) {
    $current.set(next);
    return;
  }
  try {
    $stored.set(next);
    frozen = false;
    if ($notice.get() === 'corrupt' || $notice.get() === 'newer') $notice.set(null);
  } catch {
    $current.set(next);
    $notice.set('unsaved');
  }
}

/** Record that a lesson ("module/lesson") was read; the first date is kept. */
export function markLessonRead(lessonKey: string): void {
  save(withLessonRead($current.get(), lessonKey, Date.now()));
}

/** Record a finished scenario run (score 0–100). */
export function recordScenario(scenarioId: string, run: { ending: string; outcome: string; score: number; missed?: string[]; acts?: string[] }): void {
  save(withScenarioRun($current.get(), scenarioId, run, Date.now()));
}

/** Record a quiz attempt (score 0–100). */
export function recordQuizAttempt(quizId: string, attempt: { score: number; passed: boolean; missed?: string[] }): void {
  save(withQuizAttempt($current.get(), quizId, attempt, Date.now()));
}

/**
 * Replace all progress, e.g. with an imported file (read and previewed first) or with
 * mergeProgress($progress.get(), imported). Merging lives in the engine so lesson pages don't ship it.
 */
export function replaceProgress(next: Progress): void {
  save(next, true);
}

/** Forget all progress in this browser. */
export function resetProgress(): void {
  save(emptyProgress(), true);
}

/** The progress as an export file's text (the saved shape plus when it was exported). */
export function exportProgressJson(now = new Date()): string {
  return JSON.stringify({ ...$current.get(), exportedAt: now.toISOString() }, null, 2);
}
