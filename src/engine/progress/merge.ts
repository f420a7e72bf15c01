// Importing progress: merging two progresses, the import preview's counts and the export file's name.
import { PROGRESS_VERSION, earlier, later, ms, own, withEntry, type Progress, type ScenarioRun } from './shape';

function mergeSection<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  let out = { ...a };
  for (const key of Object.keys(b)) {
    const x = own(a, key);
    out = withEntry(out, key, x === undefined ? b[key]! : both(x, b[key]!));
  }
  return out;
}

/**
 * Combine two progresses, e.g. this browser's and an imported file. Idempotent, commutative and
 * associative (importing the same file twice changes nothing): counts take the larger, bests the
 * best, first dates the earliest and "last" the latest.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    v: PROGRESS_VERSION,
    lessons: mergeSection(a.lessons, b.lessons, (x, y) => ({ at: earlier(x.at, y.at) })),
    scenarios: mergeSection(a.scenarios, b.scenarios, (x, y) => ({
      count: Math.max(x.count, y.count),
      best: Math.max(x.best, y.best),
      firstAt: earlier(x.firstAt, y.firstAt),
      last: lastRun(x.last, y.last),
    })),
    quizzes: mergeSection(a.quizzes, b.quizzes, (x, y) => {
      const tie = x.last !== y.last ? x.last > y.last : `${x.missed ?? ''}` >= `${y.missed ?? ''}`;
      const newer = ms(x.lastAt) > ms(y.lastAt) || (x.lastAt === y.lastAt && tie) ? x : y;
      const passedAt = x.passedAt && y.passedAt ? earlier(x.passedAt, y.passedAt) : x.passedAt ?? y.passedAt;
      return {
        count: Math.max(x.count, y.count), best: Math.max(x.best, y.best), last: newer.last, lastAt: newer.lastAt,
        ...(passedAt ? { passedAt } : {}),
        ...(newer.missed ? { missed: newer.missed } : {}),
      };
    }),
  };
}

/** The later run; ties broken by content so the merge does not depend on argument order. */
function lastRun(x: ScenarioRun, y: ScenarioRun): ScenarioRun {
  if (x.at !== y.at) return later(x.at, y.at) === x.at ? x : y;
  const key = (r: ScenarioRun) => `${r.score}|${r.ending}|${r.outcome}|${r.missed ?? ''}|${r.acts ?? ''}|${r.caught ?? ''}|${r.falseAlarms ?? ''}|${r.path ?? ''}`;
  const kx = key(x);
  const ky = key(y);
  return kx >= ky ? x : y;
}

/** Counts for a preview before import: how many entries of each kind. */
export function summarize(p: Progress): { lessons: number; scenarios: number; quizzes: number } {
  return { lessons: Object.keys(p.lessons).length, scenarios: Object.keys(p.scenarios).length, quizzes: Object.keys(p.quizzes).length };
}

/** Export file name, e.g. verify-first-progress-2026-11-28.json (local date). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `verify-first-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
