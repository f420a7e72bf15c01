// Learner progress, the saved shape: its types, limits and the empty progress, plus safe record and date helpers.
/*
 * SHAPE (v2, what is saved under localStorage "vf:progress" and exported as a file)
 *   {
 *     v: 2,
 *     lessons:   { "module/lesson": { at } },                        // first read
 *     scenarios: { "scenario-id": { count, best, firstAt,           // runs finished, best score, first finish
 *                                   last: { ending, outcome, score, at, caught?, missed?, falseAlarms?, acts?, path? } } },
 *     quizzes:   { "quiz-id": { count, best, last, lastAt, passedAt?, missed? } }  // passedAt = first pass
 *   }
 *   Optional detail for an instructor's debrief (added within v2: older saves simply lack it):
 *   a scenario run's `caught` and `missed` red-flag ids, `falseAlarms` (ids of innocent messages flagged),
 *   `acts` protective-act ids and `path` (choice ids in the order taken, repeats kept); a quiz's `missed`
 *   question ids from its last attempt (ids only, at most MAX_DETAIL each). `caught`, `falseAlarms` and
 *   `path` came later than `missed` and `acts`: runs saved before them lack them.
 *   Ids are locale-independent, so progress carries across languages. Dates are ISO 8601 UTC strings.
 *   Scores are integers 0–100. Only what the learner did is saved, never course content.
 *
 * LIFECYCLE, MIGRATIONS: ./read.ts. DERIVED FACTS: ./status.ts.
 */

export const PROGRESS_VERSION = 2;
/** Nothing can have been saved before the course existed: an earlier date means a wrong clock (never a reason to drop it). */
export const EARLIEST_DATE = Date.UTC(2025, 0, 1);
export const MAX_ENTRIES = 500;
/** An import larger than this is refused before it is read (a full course's progress is a few KB). */
export const IMPORT_MAX_BYTES = 1_000_000;
export const MAX_COUNT = 100_000;
/** At most this many ids in a detail list (red flags missed, acts used, questions missed). */
export const MAX_DETAIL = 100;
export const DAY = 24 * 60 * 60 * 1000;
export const REFRESHER_DAYS = [7, 28] as const;

export interface LessonRecord { at: string }
export interface ScenarioRun {
  ending: string; outcome: string; score: number; at: string;
  caught?: string[]; missed?: string[]; falseAlarms?: string[]; acts?: string[]; path?: string[];
}
/** What a finished run reports to the store (src/engine/run-report.ts builds it). */
export interface RunReport { ending: string; outcome: string; score: number; caught?: string[]; missed?: string[]; falseAlarms?: string[]; acts?: string[]; path?: string[] }
/** A run's optional id lists (each unique); `path` is read separately because it keeps repeats. */
export const RUN_DETAIL = ['caught', 'missed', 'falseAlarms', 'acts'] as const;
export interface ScenarioRecord { count: number; best: number; firstAt: string; last: ScenarioRun }
export interface QuizRecord { count: number; best: number; last: number; lastAt: string; passedAt?: string; missed?: string[] }
export interface Progress {
  v: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonRecord>;
  scenarios: Record<string, ScenarioRecord>;
  quizzes: Record<string, QuizRecord>;
}

export type ProblemCode =
  | 'not-json' | 'too-large' | 'not-object' | 'no-version' | 'future-version' | 'bad-version'
  | 'bad-section' | 'too-many' | 'bad-key' | 'bad-entry' | 'bad-date' | 'bad-score' | 'bad-count' | 'bad-text';
/** What was wrong and where ("quizzes.q1.best"); the UI turns `code` into words. */
export interface Problem { path: string; code: ProblemCode }

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, lessons: {}, scenarios: {}, quizzes: {} };
}

// ---- records and dates -------------------------------------------------------------------------

/** An own property, never one inherited from Object.prototype. */
export { own } from '../own';

/** A copy of `record` with `key` set (defined, so a key like "__proto__" stays an ordinary entry). */
export const withEntry = <T>(record: Record<string, T>, key: string, value: T): Record<string, T> => {
  const out = { ...record };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

export const ms = (iso: string) => Date.parse(iso);
export const later = (a: string, b: string) => (ms(a) >= ms(b) ? a : b);
export const earlier = (a: string, b: string) => (ms(a) <= ms(b) ? a : b);
