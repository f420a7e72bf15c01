// The learner's discernment-check attempts as pure data: the saved shape, validation, and which form is due next.
/*
 * SHAPE (v1, saved under localStorage "vf:check"; never content, only ids and what the learner answered)
 *   { v: 1, attempts: [{ stage, form, at, answers: { "<item id>": "scam" | "scam-sure" | "genuine" | "genuine-sure" },
 *                        hits, misses, falseAlarms, correctRejections }] }
 *   At most one attempt per stage (retaking a stage replaces it). Counts are stored with the answers so that
 *   results can be shared from any page without the items' content.
 * SCHEDULE
 *   before    form A, on the first visit or at the start of a workshop
 *   after     form B, at the end of a module or a workshop (offered once "before" is done)
 *   refresher the other form than "after" (so A), due REFRESHER_AFTER_DAYS after the "after" attempt
 * Bad stored data → the valid attempts are kept and the rest dropped; nothing throws.
 */
import { ID_PATTERN as ID } from '../schemas/id-pattern';
import { hasOwn } from './own';
import { countAnswers, type Counts } from './discernment';

export const CHECK_VERSION = 1;
export const REFRESHER_AFTER_DAYS = 28;
const DAY = 24 * 60 * 60 * 1000;

export type Stage = 'before' | 'after' | 'refresher';
export type Form = 'a' | 'b';
export type Reply = 'scam' | 'scam-sure' | 'genuine' | 'genuine-sure';
export const STAGES: readonly Stage[] = ['before', 'after', 'refresher'];

export interface Attempt extends Counts {
  stage: Stage;
  form: Form;
  /** ISO date, UTC. */
  at: string;
  answers: Record<string, Reply>;
}
export interface CheckRecord { v: typeof CHECK_VERSION; attempts: Attempt[] }

export const emptyCheck = (): CheckRecord => ({ v: CHECK_VERSION, attempts: [] });
export const otherForm = (form: Form): Form => (form === 'a' ? 'b' : 'a');

const REPLIES = new Set<string>(['scam', 'scam-sure', 'genuine', 'genuine-sure']);
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const whole = (x: unknown) => (Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 200 ? (x as number) : undefined);

/** Read stored data of any origin; invalid attempts are dropped (`dropped` says how many). */
export function readCheck(raw: unknown): { record: CheckRecord; dropped: number } {
  if (!isObj(raw) || raw.v !== CHECK_VERSION || !Array.isArray(raw.attempts)) return { record: emptyCheck(), dropped: raw === undefined || raw === null ? 0 : 1 };
  const attempts: Attempt[] = [];
  let dropped = 0;
  for (const a of raw.attempts.slice(0, 20)) {
    const ok = isObj(a) && STAGES.includes(a.stage as Stage) && (a.form === 'a' || a.form === 'b') && typeof a.at === 'string'
      && Number.isFinite(Date.parse(a.at)) && isObj(a.answers) && Object.keys(a.answers).length <= 100
      && Object.entries(a.answers).every(([k, v]) => ID.test(k) && REPLIES.has(v as string));
    const counts = ok ? [whole(a.hits), whole(a.misses), whole(a.falseAlarms), whole(a.correctRejections)] : [];
    if (!ok || counts.some((n) => n === undefined) || counts[0]! + counts[1]! === 0 || counts[2]! + counts[3]! === 0) { dropped++; continue; }
    const attempt: Attempt = {
      stage: a.stage as Stage, form: a.form as Form, at: new Date(Date.parse(a.at as string)).toISOString(),
      answers: Object.fromEntries(Object.entries(a.answers as Record<string, Reply>)),
      hits: counts[0]!, misses: counts[1]!, falseAlarms: counts[2]!, correctRejections: counts[3]!,
    };
    const same = attempts.findIndex((x) => x.stage === attempt.stage);
    if (same >= 0) attempts[same] = attempt; else attempts.push(attempt);
  }
  attempts.sort((x, y) => STAGES.indexOf(x.stage) - STAGES.indexOf(y.stage));
  return { record: { v: CHECK_VERSION, attempts }, dropped };
}

/** An attempt from the learner's replies and the items' truths (unknown or unanswered items are left out). */
export function makeAttempt(stage: Stage, form: Form, replies: Record<string, Reply>, truths: Record<string, boolean>, now: number): Attempt {
  const answers: Record<string, Reply> = {};
  const scored = [];
  for (const [id, reply] of Object.entries(replies)) {
    if (!hasOwn(truths, id) || !REPLIES.has(reply)) continue;
    answers[id] = reply;
    scored.push({ scam: truths[id]!, saidScam: reply.startsWith('scam'), sure: reply.endsWith('-sure') });
  }
  return { stage, form, at: new Date(now).toISOString(), answers, ...countAnswers(scored) };
}

/** The record with this attempt added (replacing an earlier one of the same stage). */
export function withAttempt(record: CheckRecord, attempt: Attempt): CheckRecord {
  const attempts = record.attempts.filter((a) => a.stage !== attempt.stage).concat(attempt);
  attempts.sort((x, y) => STAGES.indexOf(x.stage) - STAGES.indexOf(y.stage));
  return { v: CHECK_VERSION, attempts };
}

export const attemptOf = (record: CheckRecord, stage: Stage) => record.attempts.find((a) => a.stage === stage);

export interface NextCheck {
  stage: Stage;
  form: Form;
  /** When it falls due (ms); "before" and "after" are due whenever the learner is ready. */
  dueAt: number | null;
  /** Whether it may be taken now. */
  due: boolean;
}

/** What the learner should take next, or null when all three stages are done. */
export function nextCheck(record: CheckRecord, now: number): NextCheck | null {
  const before = attemptOf(record, 'before');
  const after = attemptOf(record, 'after');
  if (!before) return { stage: 'before', form: 'a', dueAt: null, due: true };
  if (!after) return { stage: 'after', form: otherForm(before.form), dueAt: null, due: true };
  if (attemptOf(record, 'refresher')) return null;
  const dueAt = Date.parse(after.at) + REFRESHER_AFTER_DAYS * DAY;
  return { stage: 'refresher', form: otherForm(after.form), dueAt, due: now >= dueAt };
}
