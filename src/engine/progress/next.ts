// What to do next, derived from progress and the course structure (never stored): "continue where you left off"
// and the refreshers due. Apart from ./status.ts so that lesson pages, which only show ticks, do not load it.
/*
 *   Refreshers fall due 7 and 28 days after a module is complete, until the learner practises (a quiz
 *   attempt or a scenario run in that module) on or after the due date.
 */
import { DAY, REFRESHER_DAYS, ms, own, type Progress } from './shape';
import { moduleStatus, type Item, type ModuleStructure } from './status';

/**
 * "Continue where you left off": the next item of the module touched most recently, or, if that one
 * is complete, of the first incomplete module. Null before the learner has started or after finishing.
 */
export function continueItem(p: Progress, course: ModuleStructure[]): Item | null {
  const modules = course.map((m) => moduleStatus(p, m));
  const touched = modules.filter((m) => m.lastActivity !== undefined);
  if (!touched.length) return null;
  const latest = touched.reduce((a, b) => (b.lastActivity! > a.lastActivity! ? b : a));
  return latest.next ?? modules.find((m) => m.next)?.next ?? null;
}

export interface RefresherDue {
  module: string;
  /** 1: the 7-day refresher; 2: the 28-day one. */
  stage: 1 | 2;
  dueAt: number;
  /** A scenario of the module not played yet, else its quiz (reshuffled). */
  target: Item;
}

/** The dates (ms) the two refreshers of a completed module fall due. */
export function refresherDates(completedAt: number): [number, number] {
  return [completedAt + REFRESHER_DAYS[0] * DAY, completedAt + REFRESHER_DAYS[1] * DAY];
}

/** What a refresher for this module should be: an unplayed scenario, else the quiz, else the stalest scenario. */
export function refresherTarget(p: Progress, m: ModuleStructure): Item | null {
  const unplayed = m.scenarios.find((s) => !own(p.scenarios, s));
  if (unplayed) return { kind: 'scenario', module: m.id, id: unplayed };
  if (m.quizzes[0]) return { kind: 'quiz', module: m.id, id: m.quizzes[0] };
  const stalest = [...m.scenarios].sort((a, b) => ms(own(p.scenarios, a)!.last.at) - ms(own(p.scenarios, b)!.last.at))[0];
  if (stalest) return { kind: 'scenario', module: m.id, id: stalest };
  return m.lessons[0] ? { kind: 'lesson', module: m.id, id: m.lessons[0] } : null;
}

/** Refreshers due at `now`, at most one per module (the later stage wins). */
export function refreshersDue(p: Progress, course: ModuleStructure[], now: number): RefresherDue[] {
  const due: RefresherDue[] = [];
  for (const m of course) {
    const status = moduleStatus(p, m);
    if (!status.complete || status.completedAt === undefined) continue;
    const [week, month] = refresherDates(status.completedAt);
    for (const [stage, dueAt] of [[2, month], [1, week]] as const) {
      if (now < dueAt) continue;
      if ((status.lastPractice ?? 0) >= dueAt) break; // practised since: this and the earlier stage are done
      const target = refresherTarget(p, m);
      if (target) due.push({ module: m.id, stage, dueAt, target });
      break;
    }
  }
  return due;
}

/** The page for an item, relative to the locale root: "quizzes/x/?refresher=1". */
export function itemPath(item: Item, refresher = false): string {
  switch (item.kind) {
    case 'lesson': return `modules/${item.module}/${item.id}/`;
    case 'scenario': return `scenarios/${item.id}/`;
    case 'quiz': return `quizzes/${item.id}/${refresher ? '?refresher=1' : ''}`;
  }
}
