// Class debrief: aggregates many learners' shared results (files or codes) into counts for charts and tables.
// Pure and deterministic: the same inputs in the same order give the same summary.
import { hasOwn } from './own';
import { classFigures, type ClassFigures, type Counts } from './discernment';
import { keepKnown, parseResults, type CheckResult, type KnownIds, type ParsedResults, type ResultsError, type SharedResults } from './results';

/** One file or pasted code, as the instructor gave it. */
export interface DebriefInput {
  /** File name, or a label like "code 2". */
  name: string;
  text: string;
  /** The whole file's size in bytes, when `text` was read from a file (it may be only its start). */
  size?: number;
}

/** One input read and checked (the slow part, so the page can do it a few at a time). */
export interface ReadInput {
  name: string;
  parsed: ParsedResults;
  /** Ids the course does not know, left out of `parsed` (see keepKnown). */
  unknown: number;
}

export interface Count {
  id: string;
  count: number;
}

export interface ScenarioSummary {
  id: string;
  /** Learners who played it. */
  played: number;
  /** Mean score 0–100, rounded. */
  averageScore: number;
  /** Endings reached, most common first. */
  endings: Count[];
  /** Outcomes (safe, lost…), most common first. */
  outcomes: Count[];
  /** Red flags missed: `count` learners missed it out of `seen` who met it; most missed first. */
  missedFlags: (Count & { seen: number })[];
  /** Protective acts used, most used first. */
  acts: Count[];
  /** Learners whose results recorded red flags / protective acts (older results may not). */
  withFlags: number;
  /** Runs left out of the red-flag counts because their results recorded flags missed but not flags caught. */
  flagsOmitted: number;
  withActs: number;
  /** Learners who flagged at least one innocent message, out of `withFalseAlarms` whose results recorded it. */
  falseAlarmLearners: number;
  withFalseAlarms: number;
  /** Learners who took each choice (once per learner, however often they came back to it). */
  choices: Count[];
  /** Learners whose results recorded their choice path (results format 2 or later). */
  withPath: number;
}

/** The class's discernment check: before vs after (and vs the 4-week refresher), learners with both attempts. */
export interface CheckSummary {
  /** Learners with any check attempt. */
  took: number;
  afterVsBefore: ClassFigures;
  refresherVsBefore: ClassFigures;
}

/** Score bands for the distribution: 0–19, 20–39, 40–59, 60–79, 80–100. */
export const SCORE_BANDS = [[0, 19], [20, 39], [40, 59], [60, 79], [80, 100]] as const;

export interface QuizSummary {
  id: string;
  /** Learners who took it. */
  taken: number;
  passed: number;
  /** Mean best score 0–100, rounded. */
  averageBest: number;
  /** Learners per score band (best score), one number per SCORE_BANDS entry. */
  distribution: number[];
  /** Questions answered wrongly, most missed first. */
  missedQuestions: Count[];
  /** Learners whose results recorded per-question answers. */
  withQuestions: number;
}

export interface Debrief {
  /** Distinct learners aggregated. */
  learners: number;
  /** Nicknames given (anonymous learners are not listed). */
  nicknames: string[];
  accepted: string[];
  rejected: { name: string; error: ResultsError }[];
  /** Inputs skipped because the same shared results were already counted. */
  duplicates: string[];
  /** Ids in counted results that this course does not know: counted here, not shown one by one. */
  unknown: number;
  scenarios: ScenarioSummary[];
  quizzes: QuizSummary[];
  /** Learners who read each lesson, most read first. */
  lessons: Count[];
  check: CheckSummary;
}

const counts = (a: CheckResult): Counts => ({ hits: a.hits, misses: a.misses, falseAlarms: a.falseAlarms, correctRejections: a.correctRejections });

/** Pairs of a stage against "before", one per learner who took both. */
function pairs(all: readonly SharedResults[], stage: CheckResult['stage']) {
  return all.flatMap((r) => {
    const before = r.check?.find((a) => a.stage === 'before');
    const other = r.check?.find((a) => a.stage === stage);
    return before && other ? [{ before: counts(before), after: counts(other) }] : [];
  });
}

/** The class's check figures from results already read. */
export function checkSummary(all: readonly SharedResults[]): CheckSummary {
  return {
    took: all.filter((r) => r.check?.length).length,
    afterVsBefore: classFigures(pairs(all, 'after')),
    refresherVsBefore: classFigures(pairs(all, 'refresher')),
  };
}

function bump(map: Map<string, number>, id: string, by = 1): void {
  map.set(id, (map.get(id) ?? 0) + by);
}

/** Most first, ties by id, so output never depends on Map insertion order. */
function sorted(map: Map<string, number>): Count[] {
  return [...map].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function byOrder(order: readonly string[]) {
  const rank = (id: string) => { const i = order.indexOf(id); return i === -1 ? order.length : i; };
  return (a: { id: string }, b: { id: string }) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function bandOf(score: number): number {
  return SCORE_BANDS.findIndex(([lo, hi]) => score >= lo && score <= hi);
}

/** Parse one input; with `known`, keep only the course's ids. A too-large file reports its real size. */
export function readInput(input: DebriefInput, known?: KnownIds): ReadInput {
  let parsed = parseResults(input.text);
  let unknown = 0;
  if (!parsed.ok && parsed.error.code === 'too-large' && input.size !== undefined) parsed = { ok: false, error: { code: 'too-large', size: input.size } };
  if (parsed.ok && known) {
    const kept = keepKnown(parsed.results, known);
    parsed = { ok: true, results: kept.results };
    unknown = kept.unknown;
  }
  return { name: input.name, parsed, unknown };
}

/** Summarise shared results; `order` lists scenario and quiz ids in course order for display. */
export function aggregate(inputs: readonly DebriefInput[], order: readonly string[] = [], known?: KnownIds): Debrief {
  return aggregateRead(inputs.map((input) => readInput(input, known)), order);
}

/** Summarise inputs already read with readInput(). */
export function aggregateRead(inputs: readonly ReadInput[], order: readonly string[] = []): Debrief {
  const accepted: string[] = [];
  const rejected: Debrief['rejected'] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  const all: SharedResults[] = [];
  let unknown = 0;
  for (const { name, parsed, unknown: dropped } of inputs) {
    if (!parsed.ok) { rejected.push({ name, error: parsed.error }); continue; }
    if (seen.has(parsed.results.id)) { duplicates.push(name); continue; }
    seen.add(parsed.results.id);
    accepted.push(name);
    all.push(parsed.results);
    unknown += dropped;
  }

  const scenarioIds = new Set(all.flatMap((r) => Object.keys(r.scenarios)));
  const scenarios: ScenarioSummary[] = [...scenarioIds].map((id) => {
    const runs = all.flatMap((r) => (hasOwn(r.scenarios, id) ? [r.scenarios[id]!] : []));
    const endings = new Map<string, number>();
    const outcomes = new Map<string, number>();
    const missed = new Map<string, number>();
    const met = new Map<string, number>();
    const acts = new Map<string, number>();
    const choices = new Map<string, number>();
    let withFlags = 0;
    let withActs = 0;
    let withFalseAlarms = 0;
    let falseAlarmLearners = 0;
    let withPath = 0;
    let flagsOmitted = 0;
    for (const run of runs) {
      bump(endings, run.ending);
      bump(outcomes, run.outcome);
      // Only runs that recorded the flags caught as well as those missed tell who met a flag (format 1 lacks caught).
      if (run.missed && !run.caught) flagsOmitted += 1;
      if (run.caught && run.missed) {
        withFlags += 1;
        for (const flag of run.caught ?? []) { bump(met, flag); if (!missed.has(flag)) missed.set(flag, 0); }
        for (const flag of run.missed ?? []) { bump(met, flag); bump(missed, flag); }
      }
      if (run.acts) {
        withActs += 1;
        for (const act of run.acts) bump(acts, act);
      }
      if (run.falseAlarms) {
        withFalseAlarms += 1;
        if (run.falseAlarms.length) falseAlarmLearners += 1;
      }
      if (run.path) {
        withPath += 1;
        for (const choice of new Set(run.path)) bump(choices, choice);
      }
    }
    return {
      id,
      played: runs.length,
      averageScore: Math.round(runs.reduce((sum, r) => sum + r.score, 0) / runs.length),
      endings: sorted(endings),
      outcomes: sorted(outcomes),
      missedFlags: sorted(missed).map((c) => ({ ...c, seen: met.get(c.id) ?? 0 })),
      acts: sorted(acts),
      withFlags,
      flagsOmitted,
      withActs,
      falseAlarmLearners,
      withFalseAlarms,
      choices: sorted(choices),
      withPath,
    };
  }).sort(byOrder(order));

  const quizIds = new Set(all.flatMap((r) => Object.keys(r.quizzes)));
  const quizzes: QuizSummary[] = [...quizIds].map((id) => {
    const results = all.flatMap((r) => (hasOwn(r.quizzes, id) ? [r.quizzes[id]!] : []));
    const distribution = SCORE_BANDS.map(() => 0);
    const missed = new Map<string, number>();
    let withQuestions = 0;
    for (const q of results) {
      distribution[bandOf(q.best)]! += 1;
      if (q.missed) {
        withQuestions += 1;
        for (const question of q.missed) bump(missed, question);
      }
    }
    return {
      id,
      taken: results.length,
      passed: results.filter((q) => q.passed).length,
      averageBest: Math.round(results.reduce((sum, q) => sum + q.best, 0) / results.length),
      distribution,
      missedQuestions: sorted(missed),
      withQuestions,
    };
  }).sort(byOrder(order));

  const lessons = new Map<string, number>();
  for (const r of all) for (const key of r.lessons) bump(lessons, key);

  return {
    learners: all.length,
    nicknames: all.map((r) => r.nickname).filter(Boolean),
    accepted,
    rejected,
    duplicates,
    unknown,
    scenarios,
    quizzes,
    lessons: sorted(lessons),
    check: checkSummary(all),
  };
}
