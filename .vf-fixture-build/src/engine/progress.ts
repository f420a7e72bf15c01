// Learner progress as pure data: the saved shape, migrations, validation, merge and derived facts.
/*
 * SHAPE (v2, what is saved under localStorage "vf:progress" and exported as a file)
 *   {
 *     v: 2,
 *     lessons:   { "module/lesson": { at } },                        // first read
 *     scenarios: { "scenario-id": { count, best, firstAt,           // runs finished, best score, first finish
 *                                   last: { ending, outcome, score, at, missed?, acts? } } },
 *     quizzes:   { "quiz-id": { count, best, last, lastAt, passedAt?, missed? } }  // passedAt = first pass
 *   }
 *   Optional detail for an instructor's debrief (added within v2: older saves simply lack it):
 *   a scenario run's `missed` red-flag ids and `acts` protective-act ids; a quiz's `missed` question
 *   ids from its last attempt (ids only, at most MAX_DETAIL each).
 *   Ids are locale-independent, so progress carries across languages. Dates are ISO 8601 UTC strings.
 *   Scores are integers 0–100. Only what the learner did is saved, never course content.
 *
 * LIFECYCLE
 *   Load: JSON.parse → migrate() up to PROGRESS_VERSION → validate, dropping bad entries with a problem
 *   each (the page shows a notice) → use. Save: whole object, on every change. A saved `v` newer than
 *   this code is not touched: the store works in memory and says so. Import: the same reading, but
 *   any problem rejects the whole file; then merge() or replace.
 *
 * MIGRATIONS (each takes the previous version's raw data; validation runs after the last one)
 *   v1 → v2  (the first store, Nov 2026): lessons were `{ key: at }`; scenarios kept only the last run
 *            `{ ending, outcome, score, at }`; quizzes were `{ best, last, count, passed, at }`.
 *            A v1 quiz that passed gets passedAt = its last attempt (the best date known).
 *
 * DERIVED FACTS (take the course structure as an argument; never stored)
 *   A module is complete when all its lessons are read, all its quizzes passed and, if it has
 *   scenarios, at least one scenario finished (they are alternatives, and the rest feed refreshers).
 *   Refreshers fall due 7 and 28 days after completion, until the learner practises (a quiz attempt
 *   or a scenario run in that module) on or after the due date.
 */

export const PROGRESS_VERSION = 2;
/** Nothing can have been saved before the course existed. */
export const EARLIEST_DATE = Date.UTC(2025, 0, 1);
/** Clocks differ between devices; allow a day in the future. */
const FUTURE_SLACK = 24 * 60 * 60 * 1000;
export const MAX_ENTRIES = 500;
/** An import larger than this is refused before it is read (a full course's progress is a few KB). */
export const IMPORT_MAX_BYTES = 1_000_000;
export const MAX_COUNT = 100_000;
/** At most this many ids in a detail list (red flags missed, acts used, questions missed). */
export const MAX_DETAIL = 100;
export const DAY = 24 * 60 * 60 * 1000;
export const REFRESHER_DAYS = [7, 28] as const;

export interface LessonRecord { at: string }
export interface ScenarioRun { ending: string; outcome: string; score: number; at: string; missed?: string[]; acts?: string[] }
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

// ---- small checks ------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const isId = (s: unknown): s is string => typeof s === 'string' && s.length <= 80 && ID.test(s) && !FORBIDDEN.has(s);
export const isLessonKey = (s: unknown): s is string =>
  typeof s === 'string' && s.split('/').length === 2 && s.split('/').every(isId);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** An own property, never one inherited from Object.prototype. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A valid ISO date in the plausible range, normalised; otherwise undefined. */
function date(x: unknown, now: number): string | undefined {
  if (typeof x !== 'string' || !ISO.test(x)) return undefined;
  const t = Date.parse(x);
  if (!Number.isFinite(t) || t < EARLIEST_DATE || t > now + FUTURE_SLACK) return undefined;
  const normal = new Date(t).toISOString();
  return normal.slice(0, 19) === x.slice(0, 19) ? normal : undefined; // rejects 31 February

}
const score = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100 ? Math.round(x) : undefined);
const count = (x: unknown) => (Number.isInteger(x) && (x as number) >= 1 && (x as number) <= MAX_COUNT ? (x as number) : undefined);
const text = (x: unknown) => (isId(x) ? x : undefined);
const ms = (iso: string) => Date.parse(iso);
const later = (a: string, b: string) => (ms(a) >= ms(b) ? a : b);
const earlier = (a: string, b: string) => (ms(a) <= ms(b) ? a : b);

// ---- migrations --------------------------------------------------------------------------------

/** Each entry turns raw data of version i+1 into version i+2 (index 0: v1 → v2). Defensive: leave what it cannot read for validation to reject. */
const migrations: Array<(data: Obj) => Obj> = [
  function v1to2(data) {
    const map = (section: unknown, fn: (value: unknown) => unknown) =>
      isObj(section) ? Object.fromEntries(Object.entries(section).map(([k, value]) => [k, fn(value)])) : section;
    return {
      v: 2,
      lessons: map(data.lessons, (at) => (typeof at === 'string' ? { at } : at)),
      scenarios: map(data.scenarios, (run) =>
        isObj(run) ? { count: 1, best: run.score, firstAt: run.at, last: { ending: run.ending, outcome: run.outcome, score: run.score, at: run.at } } : run),
      quizzes: map(data.quizzes, (q) =>
        isObj(q) ? { count: q.count, best: q.best, last: q.last, lastAt: q.at, ...(q.passed === true ? { passedAt: q.at } : {}) } : q),
    };
  },
];

// ---- reading (validation) ----------------------------------------------------------------------

export interface ReadResult {
  /** The usable progress: null when nothing could be read (then `problems` says why). */
  progress: Progress | null;
  /** Everything dropped or refused. Empty means the data was perfect. */
  problems: Problem[];
}

function readSection<T>(
  data: Obj, name: 'lessons' | 'scenarios' | 'quizzes', keyOk: (k: string) => boolean,
  readEntry: (value: unknown, path: string, problems: Problem[]) => T | undefined, problems: Problem[],
): Record<string, T> {
  const out: Record<string, T> = {};
  const section = data[name];
  if (section === undefined) return out;
  if (!isObj(section)) {
    problems.push({ path: name, code: 'bad-section' });
    return out;
  }
  const keys = Object.keys(section);
  if (keys.length > MAX_ENTRIES) {
    problems.push({ path: name, code: 'too-many' });
    return out;
  }
  for (const key of keys) {
    const path = `${name}.${key}`;
    if (!keyOk(key)) {
      problems.push({ path, code: 'bad-key' });
      continue;
    }
    const entry = readEntry(section[key], path, problems);
    if (entry !== undefined) Object.defineProperty(out, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Collects the first failing field of an entry; returns undefined if any failed. */
function fields<T>(path: string, problems: Problem[], checks: Array<[string, unknown, ProblemCode]>, build: () => T): T | undefined {
  for (const [field, value, code] of checks) {
    if (value === undefined) {
      problems.push({ path: `${path}.${field}`, code });
      return undefined;
    }
  }
  return build();
}

/** A list of ids (unique, at most MAX_DETAIL), or undefined if it is not one. */
function idList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_DETAIL || !value.every(isId)) return undefined;
  return [...new Set(value as string[])];
}

/**
 * The optional detail lists of an entry that are valid id lists. An invalid list is left out and,
 * when reading saved data, reported; the rest of the entry is kept.
 */
function details<K extends string>(source: object, keys: readonly K[], path?: string, problems?: Problem[]): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  for (const key of keys) {
    const value = Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
    if (value === undefined) continue;
    const list = idList(value);
    if (list) out[key] = list;
    else if (problems) problems.push({ path: `${path}.${key}`, code: 'bad-entry' });
  }
  return out;
}

/**
 * Read progress from parsed JSON of any origin (storage, an imported file), migrating older versions.
 * Bad entries are dropped, each with a problem; the rest is kept. `now` bounds plausible dates.
 */
export function readProgress(raw: unknown, now: number): ReadResult {
  if (!isObj(raw)) return { progress: null, problems: [{ path: '', code: 'not-object' }] };
  const v = raw.v;
  if (v === undefined) return { progress: null, problems: [{ path: 'v', code: 'no-version' }] };
  if (!Number.isInteger(v) || (v as number) < 1) return { progress: null, problems: [{ path: 'v', code: 'bad-version' }] };
  if ((v as number) > PROGRESS_VERSION) return { progress: null, problems: [{ path: 'v', code: 'future-version' }] };
  let data: Obj = raw;
  for (let version = v as number; version < PROGRESS_VERSION; version++) data = migrations[version - 1]!(data);

  const problems: Problem[] = [];
  const lessons = readSection(data, 'lessons', isLessonKey, (value, path, p) => {
    if (!isObj(value)) return void p.push({ path, code: 'bad-entry' });
    const at = date(value.at, now);
    return fields(path, p, [['at', at, 'bad-date']], () => ({ at: at! }));
  }, problems);

  const scenarios = readSection(data, 'scenarios', isId, (value, path, p) => {
    if (!isObj(value) || !isObj(value.last)) return void p.push({ path, code: 'bad-entry' });
    const last = value.last;
    const r = {
      count: count(value.count), best: score(value.best), firstAt: date(value.firstAt, now),
      ending: text(last.ending), outcome: text(last.outcome), score: score(last.score), at: date(last.at, now),
    };
    return fields(path, p, [
      ['count', r.count, 'bad-count'], ['best', r.best, 'bad-score'], ['firstAt', r.firstAt, 'bad-date'],
      ['last.ending', r.ending, 'bad-text'], ['last.outcome', r.outcome, 'bad-text'],
      ['last.score', r.score, 'bad-score'], ['last.at', r.at, 'bad-date'],
    ], () => ({
      count: r.count!, best: Math.max(r.best!, r.score!), firstAt: earlier(r.firstAt!, r.at!),
      last: { ending: r.ending!, outcome: r.outcome!, score: r.score!, at: r.at!, ...details(last, ['missed', 'acts'], `${path}.last`, p) },
    }));
  }, problems);

  const quizzes = readSection(data, 'quizzes', isId, (value, path, p) => {
    if (!isObj(value)) return void p.push({ path, code: 'bad-entry' });
    const r = {
      count: count(value.count), best: score(value.best), last: score(value.last), lastAt: date(value.lastAt, now),
      passedAt: value.passedAt === undefined ? null : date(value.passedAt, now),
    };
    return fields(path, p, [
      ['count', r.count, 'bad-count'], ['best', r.best, 'bad-score'], ['last', r.last, 'bad-score'],
      ['lastAt', r.lastAt, 'bad-date'], ['passedAt', r.passedAt, 'bad-date'],
    ], () => ({
      count: r.count!, best: Math.max(r.best!, r.last!), last: r.last!, lastAt: r.lastAt!,
      ...(r.passedAt ? { passedAt: earlier(r.passedAt, r.lastAt!) } : {}),
      ...details(value, ['missed'], path, p),
    }));
  }, problems);

  return { progress: { v: PROGRESS_VERSION, lessons, scenarios, quizzes }, problems };
}

/** Read the text of a saved or imported progress (JSON). */
export function parseProgress(json: string, now: number): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { progress: null, problems: [{ path: '', code: 'not-json' }] };
  }
  return readProgress(raw, now);
}

// ---- updates (pure; the store calls these) -----------------------------------------------------

const withEntry = <T>(record: Record<string, T>, key: string, value: T): Record<string, T> => {
  const out = { ...record };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};
const iso = (now: number) => new Date(now).toISOString();

/** Mark a lesson read (keeps the first date). Invalid keys change nothing. */
export function withLessonRead(p: Progress, lessonKey: string, now: number): Progress {
  if (!isLessonKey(lessonKey) || own(p.lessons, lessonKey)) return p;
  return { ...p, lessons: withEntry(p.lessons, lessonKey, { at: iso(now) }) };
}

/** Add a finished scenario run. Invalid ids or endings change nothing. */
export function withScenarioRun(p: Progress, scenarioId: string, run: { ending: string; outcome: string; score: number; missed?: string[]; acts?: string[] }, now: number): Progress {
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
      last: { ending: run.ending, outcome: run.outcome, score: s, at, ...details(run, ['missed', 'acts']) },
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

// ---- merge (import) ----------------------------------------------------------------------------

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
  const kx = `${x.score}|${x.ending}|${x.outcome}|${x.missed ?? ''}|${x.acts ?? ''}`;
  const ky = `${y.score}|${y.ending}|${y.outcome}|${y.missed ?? ''}|${y.acts ?? ''}`;
  return kx >= ky ? x : y;
}

/** Counts for a preview before import: how many entries of each kind. */
export function summarize(p: Progress): { lessons: number; scenarios: number; quizzes: number } {
  return { lessons: Object.keys(p.lessons).length, scenarios: Object.keys(p.scenarios).length, quizzes: Object.keys(p.quizzes).length };
}

// ---- derived facts -----------------------------------------------------------------------------

/** The ids in one module, as content/modules/<module>.yaml lists them. */
export interface ModuleStructure { id: string; lessons: string[]; scenarios: string[]; quizzes: string[] }
export type ItemKind = 'lesson' | 'scenario' | 'quiz';
/** One thing to do in a module; for lessons `id` is the lesson id (the key is "module/id"). */
export interface Item { kind: ItemKind; module: string; id: string }

export interface ModuleStatus {
  id: string;
  /** Requirements met and required (see DERIVED FACTS above). */
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

const max = (xs: number[]) => (xs.length ? Math.max(...xs) : undefined);
const min = (xs: number[]) => (xs.length ? Math.min(...xs) : undefined);

export function moduleStatus(p: Progress, m: ModuleStructure): ModuleStatus {
  const read = m.lessons.map((l) => own(p.lessons, `${m.id}/${l}`));
  const runs = m.scenarios.map((s) => own(p.scenarios, s));
  const quizzes = m.quizzes.map((q) => own(p.quizzes, q));
  const played = runs.filter((r): r is ScenarioRecord => Boolean(r));
  const needsScenario = m.scenarios.length > 0 ? 1 : 0;

  const done = read.filter(Boolean).length + quizzes.filter((q) => q?.passedAt).length + (needsScenario && played.length ? 1 : 0);
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
    const dates = refresherDates(status.completedAt);
    for (const stage of [2, 1] as const) {
      const dueAt = dates[stage - 1];
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

/** Export file name, e.g. verify-first-progress-2026-11-28.json (local date). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `verify-first-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
