// The results a learner shares with an instructor: built from progress, saved as a small JSON file or a
// paste-able code, and validated by hand when the debrief reads it (no zod in the browser).
//
// Shape, version 2 (docs/results-format.md; the file is this object as JSON; the code is "VFR2." + base64url(JSON)):
//   { format: "verify-first-results", v: 2, id, nickname, lessons[], scenarios{}, quizzes{}, check? [] }
// `id` is random per share so a file dropped twice counts once; `nickname` is "" (anonymous) unless the
// learner typed one. Per scenario run: red flags caught and missed, false alarms (innocent messages flagged),
// protective acts and the choice path (choice ids in order), each present only when progress recorded it.
// `check` holds the discernment check's attempts as counts (stage, form, hits, misses, false alarms,
// correct rejections). Version 1 (no false alarms, path or check; code prefix "VFR1.") is still read.
// Unknown ids are kept in the file; the debrief counts them (keepKnown) instead of showing them.
import { ID_PATTERN as ID } from '../schemas/id-pattern';
import { cleanText, fromBase64Url, toBase64Url } from './codec';
import { hasOwn as has } from './own';
import { quote } from './quote';

export const RESULTS_FORMAT = 'verify-first-results';
export const RESULTS_VERSION = 2;
export const CODE_PREFIX = 'VFR2.';
/** Versions this code reads, each with its code prefix. */
const READABLE: Record<string, number> = { 'VFR1.': 1, 'VFR2.': 2 };
/** Hard cap on a file or code (characters), checked before parsing. */
export const MAX_RESULTS_TEXT = 40_000;
export const MAX_NICKNAME = 30;
const MAX_ENTRIES = 80;
const MAX_LIST = 40;
const isId = (x: unknown): x is string => typeof x === 'string' && ID.test(x);
/** A lesson key "module/lesson": two ids of the one id pattern. */
const LESSON = new RegExp(`^${ID.source.slice(1, -1)}/${ID.source.slice(1, -1)}$`);

/** One scenario's last run. */
export interface ScenarioResult {
  ending: string;
  outcome: string;
  /** 0–100. */
  score: number;
  /** Red flags spotted, if recorded. */
  caught?: string[];
  /** Red flags that appeared but were not spotted, if recorded. */
  missed?: string[];
  /** Protective acts used, if recorded. */
  acts?: string[];
  /** Messages flagged that show no red flag (false alarms), if recorded (v2). */
  falseAlarms?: string[];
  /** Choice ids in the order taken (the decision path), if recorded (v2). */
  path?: string[];
}

/** One attempt of the discernment check, as counts (v2). */
export interface CheckResult {
  stage: 'before' | 'after' | 'refresher';
  form: 'a' | 'b';
  hits: number;
  misses: number;
  falseAlarms: number;
  correctRejections: number;
}

/** One quiz's scores. */
export interface QuizResult {
  /** 0–100. */
  best: number;
  /** 0–100. */
  last: number;
  passed: boolean;
  /** Question ids answered wrongly in the last attempt, if recorded. */
  missed?: string[];
}

export interface SharedResults {
  format: typeof RESULTS_FORMAT;
  v: typeof RESULTS_VERSION;
  id: string;
  nickname: string;
  lessons: string[];
  scenarios: Record<string, ScenarioResult>;
  quizzes: Record<string, QuizResult>;
  /** Discernment check attempts, at most one per stage (v2; absent when none were taken). */
  check?: CheckResult[];
}

/** A finished scenario run as progress records it; flags and acts are read if a future store records them. */
export interface ProgressRun {
  ending: string;
  outcome: string;
  score: number;
  caught?: unknown;
  missed?: unknown;
  acts?: unknown;
  falseAlarms?: unknown;
  path?: unknown;
}

/** What progress holds that results need (structural, so the engine does not depend on the store). */
export interface ProgressLike {
  lessons: Record<string, unknown>;
  /** Progress v2 keeps `{ last: run }`; v1 kept the run itself. */
  scenarios: Record<string, { last: ProgressRun } | ProgressRun>;
  /** Progress v2 marks a pass with `passedAt`; v1 with `passed`. `missed` lists question ids, if recorded. */
  quizzes: Record<string, { best: number; last: number; passedAt?: string; passed?: boolean; missed?: unknown }>;
}

/** Which items to share; undefined shares everything. */
/** Check attempts as the check store keeps them (only the counts are shared, never answers or dates). */
export type CheckLike = ReadonlyArray<CheckResult>;

export interface ShareScope {
  lessons?: readonly string[];
  scenarios?: readonly string[];
  quizzes?: readonly string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const ids = (x: unknown): string[] | undefined =>
  Array.isArray(x) ? [...new Set(x.filter((v): v is string => typeof v === 'string' && ID.test(v)))].slice(0, MAX_LIST) : undefined;
const score = (n: number) => (Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0);
const STAGES = ['before', 'after', 'refresher'] as const;
/** A choice path: ids in order, repeats allowed (a learner may come back to a decision), at most MAX_PATH. */
const MAX_PATH = 60;
const pathOf = (x: unknown): string[] | undefined =>
  Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string' && ID.test(v)).slice(0, MAX_PATH) : undefined;
const within = (scope: readonly string[] | undefined, id: string) => !scope || scope.includes(id);

/** The results to share from a learner's progress: only the scope's items, nickname cleaned, random id given. */
export function buildResults(progress: ProgressLike, options: { id: string; nickname?: string; scope?: ShareScope; check?: CheckLike }): SharedResults {
  const { scope } = options;
  const scenarios: Record<string, ScenarioResult> = {};
  for (const [id, record] of Object.entries(progress.scenarios)) {
    if (!ID.test(id) || !within(scope?.scenarios, id)) continue;
    const run = 'last' in record && isRecord(record.last) ? record.last : (record as ProgressRun);
    if (!isId(run.ending) || !isId(run.outcome)) continue;
    const entry: ScenarioResult = { ending: run.ending, outcome: run.outcome, score: score(run.score) };
    const caught = ids(run.caught);
    const missed = ids(run.missed);
    const acts = ids(run.acts);
    const falseAlarms = ids(run.falseAlarms);
    const path = pathOf(run.path);
    if (caught) entry.caught = caught;
    if (missed) entry.missed = missed;
    if (acts) entry.acts = acts;
    if (falseAlarms) entry.falseAlarms = falseAlarms;
    if (path) entry.path = path;
    scenarios[id] = entry;
  }
  const quizzes: Record<string, QuizResult> = {};
  for (const [id, q] of Object.entries(progress.quizzes)) {
    if (!ID.test(id) || !within(scope?.quizzes, id)) continue;
    const entry: QuizResult = { best: score(q.best), last: score(q.last), passed: q.passed === true || typeof q.passedAt === 'string' };
    const missed = ids(q.missed);
    if (missed) entry.missed = missed;
    quizzes[id] = entry;
  }
  const check = (options.check ?? []).flatMap((a) => {
    try { return [readCheckResult(a, 'check')]; } catch { return []; }
  }).slice(0, STAGES.length);
  return {
    format: RESULTS_FORMAT,
    v: RESULTS_VERSION,
    id: options.id,
    nickname: cleanText(options.nickname ?? '', MAX_NICKNAME),
    lessons: Object.keys(progress.lessons).filter((key) => LESSON.test(key) && within(scope?.lessons, key)).slice(0, MAX_ENTRIES * 2),
    scenarios,
    quizzes,
    ...(check.length ? { check } : {}),
  };
}


/** Whether the learner has anything to share. */
export function hasResults(results: SharedResults): boolean {
  return results.lessons.length > 0 || Object.keys(results.scenarios).length > 0 || Object.keys(results.quizzes).length > 0 || Boolean(results.check?.length);
}

/** The results as a file's text (readable JSON). */
export function resultsToFile(results: SharedResults): string {
  return `${JSON.stringify(results, null, 1)}\n`;
}

/** The results as one line to paste. */
export function resultsToCode(results: SharedResults): string {
  return CODE_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(results)));
}

/** Why a file or code was rejected; `field` names the first bad field. */
export type ResultsError =
  | { code: 'empty' }
  /** `size` in bytes (UTF-8 of the text read; the debrief puts the whole file's size here). */
  | { code: 'too-large'; size: number }
  | { code: 'not-results' }
  /** A progress backup ("Export my progress"), not shared results: ask for "Share results with my instructor". */
  | { code: 'progress-backup' }
  | { code: 'version'; version: string }
  | { code: 'malformed'; field: string };

export type ParsedResults = { ok: true; results: SharedResults } | { ok: false; error: ResultsError };

class Bad extends Error {
  constructor(readonly field: string) { super(field); }
}

function needString(x: unknown, field: string, pattern: RegExp = ID): string {
  if (typeof x !== 'string' || !pattern.test(x)) throw new Bad(field);
  return x;
}
function needScore(x: unknown, field: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 100) throw new Bad(field);
  return Math.round(x);
}
function optionalIds(x: unknown, field: string): string[] | undefined {
  if (x === undefined) return undefined;
  if (!Array.isArray(x) || x.length > MAX_LIST) throw new Bad(field);
  return [...new Set(x.map((v, i) => needString(v, `${field}.${i}`)))];
}
function entries(x: unknown, field: string): [string, Record<string, unknown>][] {
  if (!isRecord(x)) throw new Bad(field);
  const list = Object.entries(x);
  if (list.length > MAX_ENTRIES) throw new Bad(field);
  return list.map(([key, value]) => {
    needString(key, `${field}.${quote(key)}`);
    if (!isRecord(value)) throw new Bad(`${field}.${quote(key)}`);
    return [key, value];
  });
}

/** A check attempt's counts, validated (throws Bad naming the field). */
function readCheckResult(x: unknown, field: string): CheckResult {
  if (!isRecord(x)) throw new Bad(field);
  if (!STAGES.includes(x.stage as CheckResult['stage'])) throw new Bad(`${field}.stage`);
  if (x.form !== 'a' && x.form !== 'b') throw new Bad(`${field}.form`);
  const n = (k: 'hits' | 'misses' | 'falseAlarms' | 'correctRejections') => {
    const v = x[k];
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 200) throw new Bad(`${field}.${k}`);
    return v as number;
  };
  const out = { stage: x.stage as CheckResult['stage'], form: x.form, hits: n('hits'), misses: n('misses'), falseAlarms: n('falseAlarms'), correctRejections: n('correctRejections') } as CheckResult;
  if (out.hits + out.misses === 0 || out.falseAlarms + out.correctRejections === 0) throw new Bad(field);
  return out;
}

/** A progress backup (the "Export my progress" file): `v` and the three sections, but no results format. */
function isProgressBackup(x: unknown): boolean {
  return isRecord(x) && x.format === undefined && typeof x.v === 'number' && isRecord(x.lessons) && isRecord(x.scenarios) && isRecord(x.quizzes);
}

function decodeCode(code: string, prefix: string): unknown {
  const body = code.slice(prefix.length).replace(/\s+/g, '');
  const bytes = body ? fromBase64Url(body) : null;
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** Read a results file's text or a results code. Never throws. */
export function parseResults(text: string): ParsedResults {
  if (text.length > MAX_RESULTS_TEXT) return { ok: false, error: { code: 'too-large', size: new TextEncoder().encode(text).length } };
  const trimmed = text.trim().replace(/^\ufeff/, '');
  if (!trimmed) return { ok: false, error: { code: 'empty' } };
  let data: unknown;
  const prefix = /^VFR\d+\./.exec(trimmed)?.[0];
  if (prefix) {
    if (!has(READABLE, prefix)) return { ok: false, error: { code: 'version', version: prefix.slice(3, -1) } };
    data = decodeCode(trimmed, prefix);
  } else {
    try { data = JSON.parse(trimmed); } catch { data = undefined; }
  }
  if (isProgressBackup(data)) return { ok: false, error: { code: 'progress-backup' } };
  if (!isRecord(data) || data.format !== RESULTS_FORMAT) return { ok: false, error: { code: 'not-results' } };
  if (data.v !== 1 && data.v !== RESULTS_VERSION) return { ok: false, error: { code: 'version', version: String(data.v).slice(0, 10) } };
  const v2 = data.v === 2;
  try {
    const id = needString(data.id, 'id', /^[A-Za-z0-9_-]{1,40}$/);
    if (typeof data.nickname !== 'string') throw new Bad('nickname');
    if (!Array.isArray(data.lessons) || data.lessons.length > MAX_ENTRIES * 2) throw new Bad('lessons');
    const lessons = [...new Set(data.lessons.map((l, i) => needString(l, `lessons.${i}`, LESSON)))];
    const scenarios: Record<string, ScenarioResult> = {};
    for (const [key, run] of entries(data.scenarios, 'scenarios')) {
      const f = `scenarios.${quote(key)}`;
      const entry: ScenarioResult = {
        ending: needString(run.ending, `${f}.ending`),
        outcome: needString(run.outcome, `${f}.outcome`),
        score: needScore(run.score, `${f}.score`),
      };
      const caught = optionalIds(run.caught, `${f}.caught`);
      const missed = optionalIds(run.missed, `${f}.missed`);
      const acts = optionalIds(run.acts, `${f}.acts`);
      if (caught) entry.caught = caught;
      if (missed) entry.missed = missed;
      if (acts) entry.acts = acts;
      if (v2) {
        const falseAlarms = optionalIds(run.falseAlarms, `${f}.falseAlarms`);
        if (falseAlarms) entry.falseAlarms = falseAlarms;
        if (run.path !== undefined) {
          if (!Array.isArray(run.path) || run.path.length > MAX_PATH) throw new Bad(`${f}.path`);
          entry.path = run.path.map((c, i) => needString(c, `${f}.path.${i}`));
        }
      }
      scenarios[key] = entry;
    }
    const quizzes: Record<string, QuizResult> = {};
    for (const [key, q] of entries(data.quizzes, 'quizzes')) {
      const f = `quizzes.${quote(key)}`;
      if (typeof q.passed !== 'boolean') throw new Bad(`${f}.passed`);
      const entry: QuizResult = { best: needScore(q.best, `${f}.best`), last: needScore(q.last, `${f}.last`), passed: q.passed };
      const missed = optionalIds(q.missed, `${f}.missed`);
      if (missed) entry.missed = missed;
      quizzes[key] = entry;
    }
    let check: CheckResult[] | undefined;
    if (v2 && data.check !== undefined) {
      if (!Array.isArray(data.check) || data.check.length > STAGES.length) throw new Bad('check');
      check = data.check.map((a, i) => readCheckResult(a, `check.${i}`));
      if (new Set(check.map((a) => a.stage)).size !== check.length) throw new Bad('check');
    }
    return {
      ok: true,
      results: {
        format: RESULTS_FORMAT, v: RESULTS_VERSION, id, nickname: cleanText(data.nickname, MAX_NICKNAME), lessons, scenarios, quizzes,
        ...(check?.length ? { check } : {}),
      },
    };
  } catch (error) {
    if (error instanceof Bad) return { ok: false, error: { code: 'malformed', field: error.field } };
    throw error;
  }
}

/** The ids a course knows, as the debrief page's labels list them (by id; the values are not read here). */
export interface KnownIds {
  lessons: Readonly<Record<string, unknown>>;
  scenarios: Readonly<Record<string, { endings: Readonly<Record<string, unknown>>; redFlags: Readonly<Record<string, unknown>>; acts: Readonly<Record<string, unknown>> }>>;
  quizzes: Readonly<Record<string, { questions: Readonly<Record<string, unknown>> }>>;
}

/** The ids in `list` the table knows; adds how many it dropped to `dropped.n`. */
function knownOnly(list: string[] | undefined, table: Readonly<Record<string, unknown>>, dropped: { n: number }): string[] | undefined {
  if (!list) return undefined;
  const kept = list.filter((id) => has(table, id));
  dropped.n += list.length - kept.length;
  return kept;
}

/**
 * Only what this course has: results keep the ids they were made with, and a made-up (or much older)
 * file can hold hundreds of ids nobody can name. The debrief counts those (`unknown`) instead of showing
 * each one. A scenario run with an unknown ending is dropped whole (its counts would not add up).
 */
export function keepKnown(results: SharedResults, known: KnownIds): { results: SharedResults; unknown: number } {
  const dropped = { n: 0 };
  const lessons = knownOnly(results.lessons, known.lessons, dropped)!;
  const scenarios: Record<string, ScenarioResult> = {};
  for (const [id, run] of Object.entries(results.scenarios)) {
    const course = has(known.scenarios, id) ? known.scenarios[id]! : undefined;
    if (!course || !has(course.endings, run.ending)) { dropped.n += 1; continue; }
    const entry: ScenarioResult = { ending: run.ending, outcome: run.outcome, score: run.score };
    const caught = knownOnly(run.caught, course.redFlags, dropped);
    const missed = knownOnly(run.missed, course.redFlags, dropped);
    const acts = knownOnly(run.acts, course.acts, dropped);
    if (caught) entry.caught = caught;
    if (missed) entry.missed = missed;
    if (acts) entry.acts = acts;
    // Message and choice ids are not listed one by one: the debrief counts false alarms per learner and shows only
    // the course's own decisions, so these travel as they are (parseResults has already bounded them).
    if (run.falseAlarms) entry.falseAlarms = run.falseAlarms;
    if (run.path) entry.path = run.path;
    scenarios[id] = entry;
  }
  const quizzes: Record<string, QuizResult> = {};
  for (const [id, q] of Object.entries(results.quizzes)) {
    const course = has(known.quizzes, id) ? known.quizzes[id]! : undefined;
    if (!course) { dropped.n += 1; continue; }
    const missed = knownOnly(q.missed, course.questions, dropped);
    quizzes[id] = { best: q.best, last: q.last, passed: q.passed, ...(missed ? { missed } : {}) };
  }
  return { results: { ...results, lessons, scenarios, quizzes }, unknown: dropped.n };
}

/** A file name for the results: anonymous unless a nickname was given (kept to safe characters). */
export function resultsFileName(results: SharedResults): string {
  const nick = results.nickname.normalize('NFKC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 30);
  return `verify-first-results-${nick || 'anonymous'}-${results.id.slice(0, 6)}.json`;
}
