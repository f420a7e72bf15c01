// Recording what the learner did: pure updates of progress (the store calls these and saves the result).
import { isId, isLessonKey } from '../ids';
import { details, pathDetail, score } from './read';
import { MAX_COUNT, RUN_DETAIL, own, withEntry, type Progress, type RunReport } from './shape';

const iso = (now: number) => new Date(now).toISOString();

/** Mark a lesson read (keeps the first date). Invalid keys change nothing. */
export function withLessonRead(p: Progress, lessonKey: string, now: number): Progress {
  if (!isLessonKey(lessonKey) || own(p.lessons, lessonKey)) return p;
  return { ...p, lessons: withEntry(p.lessons, lessonKey, { at: iso(now) }) };
}

/** Add a finished scenario run. Invalid ids or endings change nothing. */
export function withScenarioRun(p: Progress, scenarioId: string, run: RunReport, now: number): Progress {
  const s = score(Math.min(100, Math.max(0, run.score)));
  if (!isId(scenarioId) || !isId(run.ending) || !isId(run.outcome) || s === undefined) return p;
  const prev = own(p.scenarios, scenarioId);
  const at = iso(now);
  return {
    ...p,
    scenarios: withEntry(p.scenarios, scenarioId, {
      count: Math.min(MAX_COUNT, (prev?.count ?? 0) + 1),
      best: Math.max(prev?.best ?? 0, s),
      firstAt: prev?.firstAt ?? at,
      last: { ending: run.ending, outcome: run.outcome, score: s, at, ...details(run, RUN_DETAIL), ...pathDetail(run) },
    }),
  };
}

/** Add a quiz attempt. Invalid ids change nothing. */
export function withQuizAttempt(p: Progress, quizId: string, attempt: { score: number; passed: boolean; missed?: string[] }, now: number): Progress {
  const s = score(Math.min(100, Math.max(0, attempt.score)));
  if (!isId(quizId) || s === undefined) return p;
  const prev = own(p.quizzes, quizId);
  const at = iso(now);
  const passedAt = prev?.passedAt ?? (attempt.passed ? at : undefined);
  return {
    ...p,
    quizzes: withEntry(p.quizzes, quizId, {
      count: Math.min(MAX_COUNT, (prev?.count ?? 0) + 1),
      best: Math.max(prev?.best ?? 0, s),
      last: s,
      lastAt: at,
      ...(passedAt ? { passedAt } : {}),
      ...details(attempt, ['missed']),
    }),
  };
}
