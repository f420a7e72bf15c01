// Facts derived from progress and the course structure (never stored): module and course status. What to do next
// and refreshers are in ./next.ts (only the home and progress pages need them, so lesson pages do not load them).
/*
 * DERIVED FACTS (take the course structure as an argument; never stored)
 *   A module is complete when all its lessons are read, all its quizzes passed and, if it has
 *   scenarios, at least one scenario finished (they are alternatives, and the rest feed refreshers).
 */

import { ms, own, type Progress, type ScenarioRecord } from './shape';

/** The ids in one module, as content/modules/<module>.yaml lists them. */
export interface ModuleStructure { id: string; lessons: string[]; scenarios: string[]; quizzes: string[] }
export type ItemKind = 'lesson' | 'scenario' | 'quiz';
/** One thing to do in a module; for lessons `id` is the lesson id (the key is "module/id"). */
export interface Item { kind: ItemKind; module: string; id: string }

export interface ModuleStatus {
  id: string;
  /** Requirements met and required (see DERIVED FACTS). */
  done: number;
  total: number;
  /** 0–100, rounded down so 100 means really complete. */
  percent: number;
  complete: boolean;
  /** When the last requirement was met (ms), if complete. */
  completedAt?: number;
  /** Latest thing the learner did in this module (ms), if anything. */
  lastActivity?: number;
  /** Latest quiz attempt or scenario run (ms): practice that satisfies a refresher. */
  lastPractice?: number;
  /** What to do next here, if not complete. */
  next?: Item;
}

/** A course item by its key: for lessons `id` is "module/lesson" (as in plans and on pages' data-vf-lesson). */
export interface ItemRef { kind: ItemKind; id: string }

/** Whether the learner has done an item, as module status counts it: a lesson read, a scenario finished, a quiz passed. */
export function isItemDone(p: Progress, item: ItemRef): boolean {
  switch (item.kind) {
    case 'lesson': return own(p.lessons, item.id) !== undefined;
    case 'scenario': return own(p.scenarios, item.id) !== undefined;
    case 'quiz': return own(p.quizzes, item.id)?.passedAt !== undefined;
  }
}

const max = (xs: number[]) => (xs.length ? Math.max(...xs) : undefined);
const min = (xs: number[]) => (xs.length ? Math.min(...xs) : undefined);

export function moduleStatus(p: Progress, m: ModuleStructure): ModuleStatus {
  const read = m.lessons.map((l) => own(p.lessons, `${m.id}/${l}`));
  const runs = m.scenarios.map((s) => own(p.scenarios, s));
  const quizzes = m.quizzes.map((q) => own(p.quizzes, q));
  const played = runs.filter((r): r is ScenarioRecord => Boolean(r));
  const needsScenario = m.scenarios.length > 0 ? 1 : 0;

  const required: ItemRef[] = [
    ...m.lessons.map((l) => ({ kind: 'lesson' as const, id: `${m.id}/${l}` })),
    ...m.quizzes.map((q) => ({ kind: 'quiz' as const, id: q })),
  ];
  const scenarioDone = m.scenarios.some((id) => isItemDone(p, { kind: 'scenario', id }));
  const done = required.filter((item) => isItemDone(p, item)).length + (needsScenario && scenarioDone ? 1 : 0);
  const total = m.lessons.length + m.quizzes.length + needsScenario;
  const complete = done === total;
  const metAt = [
    ...read.map((r) => (r ? ms(r.at) : NaN)),
    ...quizzes.map((q) => (q?.passedAt ? ms(q.passedAt) : NaN)),
    ...(needsScenario ? [min(played.map((r) => ms(r.firstAt))) ?? NaN] : []),
  ];
  const practice = [...played.map((r) => ms(r.last.at)), ...quizzes.flatMap((q) => (q ? [ms(q.lastAt)] : []))];
  const lessonTimes = read.flatMap((r) => (r ? [ms(r.at)] : []));

  let next: Item | undefined;
  const unread = m.lessons.findIndex((_, i) => !read[i]);
  if (unread >= 0) next = { kind: 'lesson', module: m.id, id: m.lessons[unread]! };
  else if (needsScenario && !played.length) next = { kind: 'scenario', module: m.id, id: m.scenarios[0]! };
  else {
    const q = m.quizzes.findIndex((_, i) => !quizzes[i]?.passedAt);
    if (q >= 0) next = { kind: 'quiz', module: m.id, id: m.quizzes[q]! };
  }

  return {
    id: m.id,
    done,
    total,
    percent: total ? Math.floor((done / total) * 100) : 100,
    complete,
    ...(complete ? { completedAt: max(metAt) ?? 0 } : {}),
    ...(max([...practice, ...lessonTimes]) !== undefined ? { lastActivity: max([...practice, ...lessonTimes]) } : {}),
    ...(max(practice) !== undefined ? { lastPractice: max(practice) } : {}),
    ...(next ? { next } : {}),
  };
}

export interface CourseStatus { modules: ModuleStatus[]; done: number; total: number; percent: number }

export function courseStatus(p: Progress, course: ModuleStructure[]): CourseStatus {
  const modules = course.map((m) => moduleStatus(p, m));
  const done = modules.reduce((n, m) => n + m.done, 0);
  const total = modules.reduce((n, m) => n + m.total, 0);
  return { modules, done, total, percent: total ? Math.floor((done / total) * 100) : 0 };
}
