// The results a learner shares with an instructor: built from progress, saved as a small JSON file or a
// paste-able code, and validated by hand when the debrief reads it (no zod in the browser).
//
// Shape, version 1 (the file is this object as JSON; the code is "VFR1." + base64url(JSON)):
//   { format: "verify-first-results", v: 1, id, nickname, lessons[], scenarios{}, quizzes{} }
// `id` is random per share so a file dropped twice counts once; `nickname` is "" (anonymous) unless the
// learner typed one. Red flags, protective acts and missed questions are optional: they are present only
// when progress recorded them. Unknown ids are kept in the file; the debrief counts them (keepKnown) instead of showing them.
import { cleanText } from './plan';
import { quote } from './quote';

export const RESULTS_FORMAT = 'verify-first-results';
export const RESULTS_VERSION = 1;
export const CODE_PREFIX = 'VFR1.';
/** Hard cap on a file or code (characters), checked before parsing. */
export const MAX_RESULTS_TEXT = 40_000;
export const MAX_NICKNAME = 30;
const MAX_ENTRIES = 80;
const MAX_LIST = 40;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (x: unknown): x is string => typeof x === 'string' && ID.test(x);
const LESSON = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
}

/** A finished scenario run as progress records it; flags and acts are read if a future store records them. */
export interface ProgressRun {
  ending: string;
  outcome: string;
  score: number;
  caught?: unknown;
  missed?: unknown;
  acts?: unknown;
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
export interface ShareScope {
  lessons?: readonly string[];
  scenarios?: readonly string[];
  quizzes?: readonly string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const ids = (x: unknown): string[] | undefined =>
  Array.isArray(x) ? [...new Set(x.filter((v): v is string => typeof v === 'string' && ID.test(v)))].slice(0, MAX_LIST) : undefined;
const score = (n: number) => (Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0);
const within = (scope: readonly string[] | undefined, id: string) => !scope || scope.includes(id);

/** The results to share from a learner's progress: only the scope's items, nickname cleaned, random id given. */
export function buildResults(progress: ProgressLike, options: { id: string; nickname?: string; scope?: ShareScope }): SharedResults {
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
    if (caught) entry.caught = caught;
    if (missed) entry.missed = missed;
    if (acts) entry.acts = acts;
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
  return {
    format: RESULTS_FORMAT,
    v: RESULTS_VERSION,
    id: options.id,
    nickname: cleanText(options.nickname ?? '', MAX_NICKNAME),
    lessons: Object.keys(progress.lessons).filter((key) => LESSON.test(key) && within(scope?.lessons, key)).slice(0, MAX_ENTRIES * 2),
    scenarios,
    quizzes,
  };
}

/** Whether the learner has anything to share. */
export function hasResults(results: SharedResults): boolean {
  return results.lessons.length > 0 || Object.keys(results.scenarios).length > 0 || Object.keys(results.quizzes).length > 0;
}

/** The results as a file's text (readable JSON). */
export function resultsToFile(results: SharedResults): string {
  return `${JSON.stringify(results, null, 1)}\n`;
}

/** The results as one line to paste. */
export function resultsToCode(results: SharedResults): string {
  const bytes = new TextEncoder().encode(JSON.stringify(results));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return CODE_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Why a file or code was rejected; `field` names the first bad field. */
export type ResultsError =
  | { code: 'empty' }
  /** `size` in bytes (UTF-8 of the text read; the debrief puts the whole file's size here). */
  | { code: 'too-large'; size: number }
  | { code: 'not-results' }
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

function decodeCode(code: string): unknown {
  const body = code.slice(CODE_PREFIX.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return undefined;
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
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
  if (trimmed.startsWith(CODE_PREFIX)) {
    data = decodeCode(trimmed);
  } else if (/^VFR\d+\./.test(trimmed)) {
    return { ok: false, error: { code: 'version', version: trimmed.slice(3, trimmed.indexOf('.')) } };
  } else {
    try { data = JSON.parse(trimmed); } catch { data = undefined; }
  }
  if (!isRecord(data) || data.format !== RESULTS_FORMAT) return { ok: false, error: { code: 'not-results' } };
  if (data.v !== RESULTS_VERSION) return { ok: false, error: { code: 'version', version: String(data.v).slice(0, 10) } };
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
    return {
      ok: true,
      results: { format: RESULTS_FORMAT, v: RESULTS_VERSION, id, nickname: cleanText(data.nickname, MAX_NICKNAME), lessons, scenarios, quizzes },
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

const has = (table: Readonly<Record<string, unknown>>, id: string) => Object.prototype.hasOwnProperty.call(table, id);
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
