// The learner's progress: the one store that touches localStorage ("vf:progress"), with an in-memory fallback.
/*
 * Shape, migrations and rules live in src/engine/progress/*.ts; this file only loads, saves and syncs.
 * - Load: the saved JSON is read with readProgress(); bad entries are dropped and $storageNotice
 *   becomes "corrupt"; the stored text is first copied to "vf:progress:aside" (kept once, never
 *   overwritten), so "set aside" in the notice is true. Dates are never a reason to drop anything: a
 *   clock that looks wrong (clockLooksWrong) only gives the "clock" notice.
 * - A newer `v` (saved by a newer version of the site in another tab) is never overwritten: we
 *   work in memory and $storageNotice is "newer" — unless the learner explicitly resets or replaces.
 * - Storage blocked or full: saving throws, we keep the change in memory and say "unsaved".
 *   localStorage null or unreadable: ./storage-engine.ts puts every store in memory; "unsaved" too.
 * - Other tabs: @nanostores/persistent listens to `storage` events and re-reads the key. A save first
 *   merges what is stored now (mergeProgress), so two tabs saving at the same moment both keep theirs.
 */
import './storage-engine';
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { clockLooksWrong } from '../engine/progress/clock';
import { mergeProgress } from '../engine/progress/merge';
import { parseProgress } from '../engine/progress/read';
import { emptyProgress, type Progress, type RunReport } from '../engine/progress/shape';
import { withLessonRead, withQuizAttempt, withScenarioRun } from '../engine/progress/update';

export type { Progress } from '../engine/progress/shape';
const PROGRESS_KEY = 'vf:progress';
/** Where the stored text goes, once, before a save would overwrite entries that could not be read. */
const ASIDE_KEY = 'vf:progress:aside';

/** Why progress may not be what the learner expects: null when all is well. */
export type StorageNotice = null | 'unsaved' | 'corrupt' | 'newer' | 'clock';
const $notice = atom<StorageNotice>(null);
export const $storageNotice: ReadableAtom<StorageNotice> = $notice;

/** True while storage holds data from a newer version that we must not overwrite. */
let frozen = false;

/** Keep the stored text under ASIDE_KEY unless something is already kept there. */
function setAside(text: string): void {
  try {
    if (window.localStorage.getItem(ASIDE_KEY) === null) window.localStorage.setItem(ASIDE_KEY, text);
  } catch {
    // Full or blocked: the stored text stays where it is until a save manages to overwrite it.
  }
}

function decode(text: string): Progress {
  const { progress, problems } = parseProgress(text);
  frozen = problems.some((p) => p.code === 'future-version');
  if (frozen) $notice.set('newer');
  else if (problems.length) {
    setAside(text);
    $notice.set('corrupt');
  } else if ($notice.get() !== 'unsaved') $notice.set(progress && clockLooksWrong(progress, Date.now()) ? 'clock' : null);
  return progress ?? emptyProgress();
}

/**
 * What to save: `next` merged with what is stored now (another tab may have saved since we last heard
 * from it). Null when storage holds a newer version, which must not be overwritten.
 */
function withStored(next: Progress): Progress | null {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return next;
  }
  if (!text) return next;
  const { progress, problems } = parseProgress(text);
  if (problems.some((p) => p.code === 'future-version')) return null;
  return progress ? mergeProgress(progress, next) : next;
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

function save(change: Progress, force = false): void {
  if (change === $current.get() && !force) return;
  // Reset and replace mean exactly this; anything else adds to what any tab has stored.
  const next = force ? change : withStored(change);
  if (next === null) {
    frozen = true;
    $notice.set('newer');
  }
  if (next === null || (frozen && !force)) {
    $current.set(change);
    return;
  }
  try {
    $stored.set(next);
    frozen = false;
    if ($notice.get() === 'corrupt' || $notice.get() === 'newer') $notice.set(null);
    if ($notice.get() !== 'unsaved') $notice.set(clockLooksWrong(next, Date.now()) ? 'clock' : null);
  } catch {
    $current.set(next);
    $notice.set('unsaved');
  }
}

/** Record that a lesson ("module/lesson") was read; the first date is kept. */
export function markLessonRead(lessonKey: string): void {
  save(withLessonRead($current.get(), lessonKey, Date.now()));
}

/** Record a finished scenario run (score 0–100) with its red flags caught and missed, false alarms, acts and choice path. */
export function recordScenario(scenarioId: string, run: RunReport): void {
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
