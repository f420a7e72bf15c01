// What an LMS (SCORM 1.2) is told about a package's modules, and the learner's progress squeezed into
// cmi.suspend_data (at most 4,096 characters) so it follows them to another device. Pure data, no DOM.
/*
 * STATUS (cmi.core.lesson_status), from the modules' own rule (moduleStatus):
 *   passed     every module complete and the package has a quiz (its pass mark decides "passed");
 *   completed  every module complete, no quiz;
 *   failed     everything done except quizzes, every quiz attempted, some not passed (a retake can still pass);
 *   incomplete otherwise.
 * SCORE (cmi.core.score.raw): the mean of the best scores of the package's quizzes (0 for one not taken),
 *   once any quiz was taken; otherwise none.
 *
 * SUSPEND DATA, version 1 (positions follow the package's course structure, so ids are not repeated):
 *   "1|" lessons "|" scenarios "|" quizzes
 *   lessons    one field per lesson of each module in order: the minute it was first read, or "" if not read
 *   scenarios  one field per scenario: count.best.firstAt.lastAt.lastScore.lastOutcome.lastEnding, or ""
 *   quizzes    one field per quiz: count.best.last.lastAt.passedAt (passedAt "" if not passed), or ""
 *   Fields are joined with ","; numbers are base 36; times are whole minutes since EARLIEST_DATE.
 *   Left out: the debrief detail (red flags missed, acts used, questions missed); it stays on the device.
 * Reading goes through readProgress, so anything malformed is dropped, never trusted.
 */
import { mergeProgress } from './progress/merge';
import { readProgress } from './progress/read';
import { EARLIEST_DATE, own, type Progress } from './progress/shape';
import { moduleStatus, type ModuleStructure } from './progress/status';

export const SUSPEND_LIMIT = 4096;
const VERSION = '1';
const MINUTE = 60_000;

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface LmsReport { status: LessonStatus; score?: number }

export function lmsReport(p: Progress, modules: readonly ModuleStructure[]): LmsReport {
  const quizzes = modules.flatMap((m) => m.quizzes);
  const records = quizzes.map((q) => own(p.quizzes, q));
  const score = records.some(Boolean) ? Math.round(records.reduce((sum, r) => sum + (r?.best ?? 0), 0) / quizzes.length) : undefined;
  const withScore = (status: LessonStatus): LmsReport => (score === undefined ? { status } : { status, score });

  if (modules.every((m) => moduleStatus(p, m).complete)) return withScore(quizzes.length ? 'passed' : 'completed');
  const restDone = modules.every((m) =>
    m.lessons.every((l) => own(p.lessons, `${m.id}/${l}`)) && (m.scenarios.length === 0 || m.scenarios.some((s) => own(p.scenarios, s))));
  if (restDone && records.every(Boolean)) return withScore('failed');
  return withScore('incomplete');
}

const minutes = (iso: string) => Math.max(0, Math.round((Date.parse(iso) - EARLIEST_DATE) / MINUTE)).toString(36);
const n36 = (n: number) => Math.max(0, Math.round(n)).toString(36);

/** The progress in these modules as suspend data (other modules' progress is not the package's business). */
export function encodeSuspend(p: Progress, modules: readonly ModuleStructure[]): string {
  const lessons = modules.flatMap((m) => m.lessons.map((l) => {
    const r = own(p.lessons, `${m.id}/${l}`);
    return r ? minutes(r.at) : '';
  }));
  const scenarios = modules.flatMap((m) => m.scenarios.map((s) => {
    const r = own(p.scenarios, s);
    return r ? [n36(r.count), n36(r.best), minutes(r.firstAt), minutes(r.last.at), n36(r.last.score), r.last.outcome, r.last.ending].join('.') : '';
  }));
  const quizzes = modules.flatMap((m) => m.quizzes.map((q) => {
    const r = own(p.quizzes, q);
    return r ? [n36(r.count), n36(r.best), n36(r.last), minutes(r.lastAt), r.passedAt ? minutes(r.passedAt) : ''].join('.') : '';
  }));
  return [VERSION, lessons.join(','), scenarios.join(','), quizzes.join(',')].join('|');
}

const NUM = /^[0-9a-z]{1,9}$/;
const num = (s: string | undefined) => (s !== undefined && NUM.test(s) ? parseInt(s, 36) : NaN);
const when = (s: string | undefined) => {
  const m = num(s);
  return Number.isFinite(m) && m <= 100_000_000 ? new Date(EARLIEST_DATE + m * MINUTE).toISOString() : 'bad'; // 190 years
};

/** Progress from suspend data, validated like an import; anything unreadable is left out (never throws). */
export function decodeSuspend(text: unknown, modules: readonly ModuleStructure[], now: number): Progress | null {
  if (typeof text !== 'string' || text.length > SUSPEND_LIMIT) return null;
  const [version, lessonPart = '', scenarioPart = '', quizPart = ''] = text.split('|');
  if (version !== VERSION) return null;
  const fields = (part: string) => part.split(',');
  const raw = { v: 2, lessons: {} as Record<string, unknown>, scenarios: {} as Record<string, unknown>, quizzes: {} as Record<string, unknown> };

  const lessonKeys = modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l}`));
  fields(lessonPart).forEach((f, i) => { if (f && lessonKeys[i]) raw.lessons[lessonKeys[i]] = { at: when(f) }; });

  const scenarioIds = modules.flatMap((m) => m.scenarios);
  fields(scenarioPart).forEach((f, i) => {
    const id = scenarioIds[i];
    if (!f || !id) return;
    const [count, best, firstAt, lastAt, score, outcome, ending] = f.split('.');
    raw.scenarios[id] = { count: num(count), best: num(best), firstAt: when(firstAt), last: { ending, outcome, score: num(score), at: when(lastAt) } };
  });

  const quizIds = modules.flatMap((m) => m.quizzes);
  fields(quizPart).forEach((f, i) => {
    const id = quizIds[i];
    if (!f || !id) return;
    const [count, best, last, lastAt, passedAt] = f.split('.');
    raw.quizzes[id] = { count: num(count), best: num(best), last: num(last), lastAt: when(lastAt), ...(passedAt ? { passedAt: when(passedAt) } : {}) };
  });

  return readProgress(raw, now).progress;
}

/** Local progress plus what the LMS kept (e.g. from another device): nothing the learner did is lost. */
export function withSuspended(local: Progress, suspended: Progress | null): Progress {
  return suspended ? mergeProgress(local, suspended) : local;
}
