// The learner's progress: the one store that touches localStorage (key "vf:progress").
// First cut with the agreed API; validation, migrations and derived facts move to src/engine/progress.ts.
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';

/** Saved shape, version 1. Ids are locale-independent; dates are ISO strings. */
export interface Progress {
  v: 1;
  /** "module/lesson" → when it was first read. */
  lessons: Record<string, string>;
  /** scenario id → its last run. */
  scenarios: Record<string, { ending: string; outcome: string; score: number; at: string }>;
  /** quiz id → best and last score (0–100), attempts, whether any attempt passed, last attempt. */
  quizzes: Record<string, { best: number; last: number; count: number; passed: boolean; at: string }>;
}

const empty = (): Progress => ({ v: 1, lessons: {}, scenarios: {}, quizzes: {} });
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function decode(text: string): Progress {
  try {
    const data: unknown = JSON.parse(text);
    if (isRecord(data) && data.v === 1 && isRecord(data.lessons) && isRecord(data.scenarios) && isRecord(data.quizzes)) {
      return data as unknown as Progress;
    }
  } catch {
    // Corrupt JSON: start from defaults.
  }
  return empty();
}

const $stored = persistentAtom<Progress>('vf:progress', empty(), { encode: JSON.stringify, decode });
const $current = atom<Progress>($stored.get());
$stored.subscribe((value) => $current.set(value));

/** The learner's progress (persisted; synced across tabs). */
export const $progress: ReadableAtom<Progress> = $current;

function save(next: Progress): void {
  try {
    $stored.set(next);
  } catch {
    $current.set(next); // Storage full or blocked: keep it for this session.
  }
}

const clampScore = (n: number) => (Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0);

/** Record that a lesson ("module/lesson") was read. */
export function markLessonRead(lessonKey: string): void {
  const p = $current.get();
  if (p.lessons[lessonKey]) return;
  save({ ...p, lessons: { ...p.lessons, [lessonKey]: new Date().toISOString() } });
}

/** Record a finished scenario run (score 0–100). */
export function recordScenario(scenarioId: string, run: { ending: string; outcome: string; score: number }): void {
  const p = $current.get();
  const entry = { ending: run.ending, outcome: run.outcome, score: clampScore(run.score), at: new Date().toISOString() };
  save({ ...p, scenarios: { ...p.scenarios, [scenarioId]: entry } });
}

/** Record a quiz attempt (score 0–100). */
export function recordQuizAttempt(quizId: string, attempt: { score: number; passed: boolean }): void {
  const p = $current.get();
  const prev = Object.hasOwn(p.quizzes, quizId) ? p.quizzes[quizId] : undefined;
  const score = clampScore(attempt.score);
  const entry = {
    best: Math.max(prev?.best ?? 0, score),
    last: score,
    count: (prev?.count ?? 0) + 1,
    passed: Boolean(prev?.passed) || attempt.passed,
    at: new Date().toISOString(),
  };
  save({ ...p, quizzes: { ...p.quizzes, [quizId]: entry } });
}
