// Reading progress from any origin (storage, an imported file): migrations up to the current version, then validation.
/*
 * LIFECYCLE
 *   Load: JSON.parse → migrate() up to PROGRESS_VERSION → validate, dropping bad entries with a problem
 *   each (the page shows a notice) → use. Save: whole object, on every change. A saved `v` newer than
 *   this code is not touched: the store works in memory and says so. Import: the same reading, but
 *   any problem rejects the whole file; then merge() or replace.
 *   Dates are data, never validity: a date far in the past or future is kept as it is (a device
 *   clock can be wrong when a record is made or when it is read); ./clock.ts says when one looks off.
 *
 * MIGRATIONS (each takes the previous version's raw data; validation runs after the last one)
 *   v1 → v2  (the first store, Nov 2026): lessons were `{ key: at }`; scenarios kept only the last run
 *            `{ ending, outcome, score, at }`; quizzes were `{ best, last, count, passed, at }`.
 *            A v1 quiz that passed gets passedAt = its last attempt (the best date known).
 */
import { isId, isLessonKey } from '../ids';
import { own } from '../own';
import { MAX_COUNT, MAX_DETAIL, MAX_ENTRIES, PROGRESS_VERSION, RUN_DETAIL, earlier, type Problem, type ProblemCode, type Progress } from './shape';

// ---- small checks ------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * A valid ISO date, normalised; otherwise undefined. Any real date is kept, however far from the device
 * clock: timestamps are data, not validity (a phone whose clock is a year off must not lose its
 * progress; src/engine/progress/clock.ts only says the clock looks wrong).
 */
function date(x: unknown): string | undefined {
  if (typeof x !== 'string' || !ISO.test(x)) return undefined;
  const t = Date.parse(x);
  if (!Number.isFinite(t)) return undefined;
  const normal = new Date(t).toISOString();
  return normal.slice(0, 19) === x.slice(0, 19) ? normal : undefined; // rejects 31 February
}
export const score = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100 ? Math.round(x) : undefined);
const count = (x: unknown) => (Number.isInteger(x) && (x as number) >= 1 && (x as number) <= MAX_COUNT ? (x as number) : undefined);
const text = (x: unknown) => (isId(x) ? x : undefined);

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
export function details<K extends string>(source: object, keys: readonly K[], path?: string, problems?: Problem[]): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  for (const key of keys) {
    const value = own(source as Record<string, unknown>, key);
    if (value === undefined) continue;
    const list = idList(value);
    if (list) out[key] = list;
    else if (problems) problems.push({ path: `${path}.${key}`, code: 'bad-entry' });
  }
  return out;
}

/** A run's choice path (ids in order, repeats kept), if `source.path` is one; reported as bad when reading saved data. */
export function pathDetail(source: object, path?: string, problems?: Problem[]): { path?: string[] } {
  const value = own(source as Record<string, unknown>, 'path');
  if (value === undefined) return {};
  if (Array.isArray(value) && value.length <= MAX_DETAIL && value.every(isId)) return { path: [...(value as string[])] };
  problems?.push({ path: `${path}.path`, code: 'bad-entry' });
  return {};
}

/**
 * Read progress from parsed JSON of any origin (storage, an imported file), migrating older versions.
 * Bad entries are dropped, each with a problem; the rest is kept. Dates are not checked against the
 * clock (`now` is kept for callers; see clockLooksWrong()).
 */
export function readProgress(raw: unknown, _now?: number): ReadResult {
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
    const at = date(value.at);
    return fields(path, p, [['at', at, 'bad-date']], () => ({ at: at! }));
  }, problems);

  const scenarios = readSection(data, 'scenarios', isId, (value, path, p) => {
    if (!isObj(value) || !isObj(value.last)) return void p.push({ path, code: 'bad-entry' });
    const last = value.last;
    const r = {
      count: count(value.count), best: score(value.best), firstAt: date(value.firstAt),
      ending: text(last.ending), outcome: text(last.outcome), score: score(last.score), at: date(last.at),
    };
    return fields(path, p, [
      ['count', r.count, 'bad-count'], ['best', r.best, 'bad-score'], ['firstAt', r.firstAt, 'bad-date'],
      ['last.ending', r.ending, 'bad-text'], ['last.outcome', r.outcome, 'bad-text'],
      ['last.score', r.score, 'bad-score'], ['last.at', r.at, 'bad-date'],
    ], () => ({
      count: r.count!, best: Math.max(r.best!, r.score!), firstAt: earlier(r.firstAt!, r.at!),
      last: { ending: r.ending!, outcome: r.outcome!, score: r.score!, at: r.at!, ...details(last, RUN_DETAIL, `${path}.last`, p), ...pathDetail(last, `${path}.last`, p) },
    }));
  }, problems);

  const quizzes = readSection(data, 'quizzes', isId, (value, path, p) => {
    if (!isObj(value)) return void p.push({ path, code: 'bad-entry' });
    const r = {
      count: count(value.count), best: score(value.best), last: score(value.last), lastAt: date(value.lastAt),
      passedAt: value.passedAt === undefined ? null : date(value.passedAt),
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
export function parseProgress(json: string, now?: number): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { progress: null, problems: [{ path: '', code: 'not-json' }] };
  }
  return readProgress(raw, now);
}
