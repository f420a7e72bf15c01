// Scam discernment as signal detection: hit rate, false-alarm rate, d′ and criterion c, and a plain-words reading.
// Pure numbers, no DOM. docs/discernment.md explains the measures, the correction and the sources.
//
// A "hit" is a scam called a scam; a "false alarm" is a genuine item called a scam. Rates are reported raw
// (what the learner did). d′ and c use the log-linear correction (Hautus 1995): add 0.5 to the hit and
// false-alarm counts and 1 to the number of scam and genuine items, for every attempt, so rates of 0 and 1
// never give infinite z-scores and every attempt is scored the same way.

/** What one attempt's answers add up to. */
export interface Counts {
  /** Scams answered "scam". */
  hits: number;
  /** Scams answered "genuine". */
  misses: number;
  /** Genuine items answered "scam". */
  falseAlarms: number;
  /** Genuine items answered "genuine". */
  correctRejections: number;
}

export interface Score {
  /** Hits ÷ scams, 0–1 (raw). */
  hitRate: number;
  /** False alarms ÷ genuine items, 0–1 (raw). */
  falseAlarmRate: number;
  /** Sensitivity: z(H) − z(F) on corrected rates. 0 = guessing; higher = better told apart. */
  dPrime: number;
  /** Criterion c = −(z(H) + z(F)) / 2 on corrected rates. Negative = leans to "scam", positive = leans to "genuine". */
  c: number;
}

/**
 * The inverse of the standard normal distribution function (probit), for 0 < p < 1.
 * Acklam's rational approximation (relative error below 1.2e-9, ample for scores shown to two decimals).
 */
export function probit(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probit needs 0 < p < 1, got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  return x;
}

/** d′ from a hit rate and a false-alarm rate, both strictly between 0 and 1. */
export function dPrime(hitRate: number, falseAlarmRate: number): number {
  return probit(hitRate) - probit(falseAlarmRate);
}

/** Criterion c from a hit rate and a false-alarm rate, both strictly between 0 and 1. */
export function criterion(hitRate: number, falseAlarmRate: number): number {
  return -(probit(hitRate) + probit(falseAlarmRate)) / 2;
}

/** The log-linear corrected rate: (k + 0.5) / (n + 1). Always strictly between 0 and 1. */
export function corrected(k: number, n: number): number {
  return (k + 0.5) / (n + 1);
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Score one attempt. Needs at least one scam and one genuine item. */
export function scoreCounts(counts: Counts): Score {
  const { hits, misses, falseAlarms, correctRejections } = counts;
  if (![hits, misses, falseAlarms, correctRejections].every(isCount)) throw new RangeError('counts are whole numbers ≥ 0');
  const scams = hits + misses;
  const genuine = falseAlarms + correctRejections;
  if (scams === 0 || genuine === 0) throw new RangeError('an attempt needs scam and genuine items');
  const h = corrected(hits, scams);
  const f = corrected(falseAlarms, genuine);
  return { hitRate: hits / scams, falseAlarmRate: falseAlarms / genuine, dPrime: dPrime(h, f), c: criterion(h, f) };
}

/** One answer to one item. */
export interface Answer {
  /** Whether the item really is a scam. */
  scam: boolean;
  /** What the learner said. */
  saidScam: boolean;
  /** The learner said "sure". */
  sure: boolean;
}

/** Count answers into hits, misses, false alarms and correct rejections. */
export function countAnswers(answers: readonly Answer[]): Counts {
  const out: Counts = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
  for (const a of answers) {
    if (a.scam) a.saidScam ? out.hits++ : out.misses++;
    else a.saidScam ? out.falseAlarms++ : out.correctRejections++;
  }
  return out;
}

/** Answers given as "sure" that were wrong: confident mistakes are the ones worth talking about. */
export function sureButWrong(answers: readonly Answer[]): number {
  return answers.filter((a) => a.sure && a.scam !== a.saidScam).length;
}

/**
 * What changed between two attempts, in words a learner can act on (the UI turns the code into text).
 *   better       more scams caught, no more genuine ones turned away
 *   fewer-alarms as many scams caught, fewer genuine ones turned away
 *   warier       more genuine items turned away: more suspicious of everything (even if more scams were caught)
 *   fewer-hits   fewer scams caught, no more genuine ones turned away
 *   same         the same hit and false-alarm rates
 * Rates, not counts, so forms of different lengths compare fairly.
 */
export type Change = 'better' | 'fewer-alarms' | 'warier' | 'fewer-hits' | 'same';

const EPS = 1e-9;
export function change(before: Counts, after: Counts): Change {
  const b = scoreCounts(before);
  const a = scoreCounts(after);
  const dh = a.hitRate - b.hitRate;
  const df = a.falseAlarmRate - b.falseAlarmRate;
  if (df > EPS) return 'warier';
  if (dh > EPS) return 'better';
  if (df < -EPS && dh >= -EPS) return 'fewer-alarms';
  if (dh < -EPS) return 'fewer-hits';
  return 'same';
}

/** Whether a learner turned away more genuine items after than before (the ShieldUp! caution). */
export function moreSuspiciousOfGenuine(before: Counts, after: Counts): boolean {
  return change(before, after) === 'warier';
}

export interface ClassFigures {
  /** Learners with both attempts. */
  learners: number;
  /** Means over those learners (null when there are none). */
  before: { hitRate: number; falseAlarmRate: number; dPrime: number } | null;
  after: { hitRate: number; falseAlarmRate: number; dPrime: number } | null;
  /** How many of them turned away more genuine items after than before. */
  warier: number;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** A class's before/after figures from pairs of attempts (one pair per learner). */
export function classFigures(pairs: ReadonlyArray<{ before: Counts; after: Counts }>): ClassFigures {
  if (!pairs.length) return { learners: 0, before: null, after: null, warier: 0 };
  const side = (key: 'before' | 'after') => {
    const scores = pairs.map((p) => scoreCounts(p[key]));
    return { hitRate: mean(scores.map((s) => s.hitRate)), falseAlarmRate: mean(scores.map((s) => s.falseAlarmRate)), dPrime: mean(scores.map((s) => s.dPrime)) };
  };
  return { learners: pairs.length, before: side('before'), after: side('after'), warier: pairs.filter((p) => moreSuspiciousOfGenuine(p.before, p.after)).length };
}
