// Quiz engine: scoring rules, seeded shuffles and the state of one attempt. Pure and framework-free.
/*
 * SCORING RULES (shown to learners on every quiz page; keep docs/quiz-format.md in step)
 *
 * Every question is worth 1 point; the quiz score is the share of points earned, 0–100 %,
 * rounded down. A quiz is passed at its pass mark (80 % unless the quiz sets another).
 *
 * - Single choice, true/false: 1 point for the right answer, 0 otherwise.
 * - Select all that apply, spot the red flags: (right picks − wrong picks) ÷ number of right
 *   answers, never below 0. Ticking everything does not pay: each false alarm cancels a hit.
 *   If a transcript has nothing suspicious in it, the point goes to selecting nothing, and each
 *   message wrongly flagged takes away an equal share (1 − wrong picks ÷ messages).
 * - Scam or genuine: 1 point for the right judgement. "Can't tell yet — verify first" earns
 *   VERIFY_CREDIT (half a point) when the case was clearly a scam or clearly genuine, because
 *   checking is never wrong, only slower. A confident wrong judgement earns 0.
 * - Order the steps: the share of pairs of steps you put in the right order relative to each
 *   other. Swapping two neighbours in five steps still earns 9 of 10 pairs.
 *
 * Scores depend only on option ids, never on the order options were shown in, so shuffling
 * cannot change a score.
 */

/** Question kinds, as written in content files. */
export type QuestionType = 'single' | 'multi' | 'true-false' | 'judgement' | 'spot' | 'order';
/** The three answers to a scam-or-genuine judgement; "verify" is "can't tell yet — verify first". */
export type Verdict = 'scam' | 'genuine' | 'verify';
export const verdicts: readonly Verdict[] = ['scam', 'genuine', 'verify'];
/** Option ids of a true/false question. */
export const truthIds = ['true', 'false'] as const;

/** Credit for answering "verify first" when the case could be judged. */
export const VERIFY_CREDIT = 0.5;
/** Pass mark in percent when a quiz does not set one. */
export const DEFAULT_PASS_MARK = 80;
/** A quiz's pass mark in percent. */
export const passMarkOf = (quiz: { passMark?: number }): number => quiz.passMark ?? DEFAULT_PASS_MARK;

/** Text is generic: `{en, 'zh-cn'}` in content files, a plain string once localised. */
export interface Option<T> { id: string; text: T; correct: boolean; feedback?: T }
export interface Message<T> { id: string; speaker: T; text: T; redFlag: boolean; feedback?: T }
export interface Step<T> { id: string; text: T }
/** The message, request or profile card a judgement question asks about. */
export interface Case<T> { kind: 'message' | 'request' | 'profile-card'; title?: T; lines: T[] }

interface QuestionBase<T> {
  id: string;
  prompt: T;
  /** Why the answer is right, kindly; shown after answering. */
  explanation: T;
  /** "module/lesson#section" in content; a URL once localised. */
  lesson: string;
}
export type Question<T> = QuestionBase<T> & (
  | { type: 'single' | 'multi'; options: Option<T>[] }
  | { type: 'true-false'; answer: boolean }
  | { type: 'judgement'; case: Case<T>; answer: Verdict }
  | { type: 'spot'; transcript: Message<T>[]; allGenuine?: boolean }
  | { type: 'order'; steps: Step<T>[] }
);
export interface Quiz<T> {
  module: string;
  title: T;
  intro?: T;
  passMark?: number;
  questions: Question<T>[];
}

/** The part of a quiz that presenting and scoring need. */
export type Scorable = Pick<Quiz<unknown>, 'questions' | 'passMark'>;

/** A learner's answer: chosen option ids, or for ordering every step id in the chosen order. */
export type Response = readonly string[];

// ---------------------------------------------------------------------------------------------
// Scoring

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** Option ids a question offers, in content order. */
export function optionIds(q: Question<unknown>): string[] {
  switch (q.type) {
    case 'single': case 'multi': return q.options.map((o) => o.id);
    case 'true-false': return [...truthIds];
    case 'judgement': return [...verdicts];
    case 'spot': return q.transcript.map((m) => m.id);
    case 'order': return q.steps.map((s) => s.id);
  }
}

/** Ids that are right to choose (for ordering: the steps in the right order). */
export function correctIds(q: Question<unknown>): string[] {
  switch (q.type) {
    case 'single': case 'multi': return q.options.filter((o) => o.correct).map((o) => o.id);
    case 'true-false': return [String(q.answer)];
    case 'judgement': return [q.answer];
    case 'spot': return q.transcript.filter((m) => m.redFlag).map((m) => m.id);
    case 'order': return q.steps.map((s) => s.id);
  }
}

/** Hits minus false alarms over the number of right answers, floored at 0 (see SCORING RULES). */
export function selectionScore(all: readonly string[], right: readonly string[], chosen: Response): number {
  const picked = new Set(chosen.filter((id) => all.includes(id)));
  const rightSet = new Set(right);
  let hits = 0;
  let falseAlarms = 0;
  for (const id of picked) rightSet.has(id) ? hits++ : falseAlarms++;
  if (rightSet.size === 0) return all.length === 0 ? 1 : clamp01(1 - falseAlarms / all.length);
  return clamp01((hits - falseAlarms) / rightSet.size);
}

/** Share of step pairs in the right relative order; steps missing from `order` earn nothing. */
export function orderScore(right: readonly string[], order: Response): number {
  const pos = new Map<string, number>();
  order.forEach((id, i) => { if (!pos.has(id)) pos.set(id, i); });
  let pairs = 0;
  let good = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) {
      pairs++;
      const a = pos.get(right[i]!);
      const b = pos.get(right[j]!);
      if (a !== undefined && b !== undefined && a < b) good++;
    }
  }
  return pairs === 0 ? 1 : good / pairs;
}

/** Points (0–1) for one answer to one question. Unknown ids are ignored, never an error. */
export function scoreQuestion(q: Question<unknown>, response: Response | undefined): number {
  const chosen = response ?? [];
  switch (q.type) {
    case 'single': case 'true-false': {
      return chosen.length === 1 && correctIds(q).includes(chosen[0]!) ? 1 : 0;
    }
    case 'judgement': {
      if (chosen.length !== 1) return 0;
      if (chosen[0] === q.answer) return 1;
      return chosen[0] === 'verify' ? VERIFY_CREDIT : 0;
    }
    case 'multi': case 'spot': return selectionScore(optionIds(q), correctIds(q), chosen);
    case 'order': return orderScore(correctIds(q), chosen);
  }
}

/** What to show beside one option after answering: was it chosen, was it right to choose. */
/** `partial`: chosen, not right, yet worth VERIFY_CREDIT ("verify first" on a case that could be judged). */
export interface OptionMark { id: string; chosen: boolean; correct: boolean; partial: boolean }
/** For ordering: where each step was put and where it belongs (0-based). */
export interface StepMark { id: string; position: number; correctPosition: number }

export function markOptions(q: Question<unknown>, response: Response | undefined): OptionMark[] {
  const chosen = new Set(response ?? []);
  const right = new Set(correctIds(q));
  return optionIds(q).map((id) => ({
    id, chosen: chosen.has(id), correct: right.has(id),
    partial: q.type === 'judgement' && id === 'verify' && chosen.has(id) && !right.has(id),
  }));
}

export function markSteps(q: Question<unknown>, response: Response | undefined): StepMark[] {
  const right = correctIds(q);
  const order = response && response.length ? response : right;
  return order.map((id, position) => ({ id, position, correctPosition: right.indexOf(id) }));
}

// ---------------------------------------------------------------------------------------------
// Seeded shuffles

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); the input is not changed. */
export function shuffle<X>(items: readonly X[], random: () => number): X[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A stable 32-bit seed from text (FNV-1a), so a quiz's first showing is the same on server and client. */
export function seedFrom(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The order questions and options are shown in for one attempt; ids only, never content. */
export interface Presentation {
  questions: string[];
  /** Per question id: option ids (or, for ordering, the starting order of the steps). */
  options: Record<string, string[]>;
}

/**
 * Shuffle questions and, where order carries no meaning, options. True/false and judgement
 * answers keep a fixed order, transcripts stay in the order they were said, and ordering steps
 * never start already in the right order.
 */
export function present(quiz: Scorable, seed: number): Presentation {
  const random = mulberry32(seed);
  const options: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    const ids = optionIds(q);
    if (q.type === 'single' || q.type === 'multi') options[q.id] = shuffle(ids, random);
    else if (q.type === 'order') {
      let start = shuffle(ids, random);
      if (ids.length > 1 && start.every((id, i) => id === ids[i])) start = [...start.slice(1), start[0]!];
      options[q.id] = start;
    } else options[q.id] = ids;
  }
  return { questions: shuffle(quiz.questions.map((q) => q.id), random), options };
}

// ---------------------------------------------------------------------------------------------
// One attempt

export type Mode = 'practice' | 'exam';

/** Everything that changes during an attempt; serialisable, holds no content. */
export interface Attempt {
  v: 1;
  seed: number;
  mode: Mode;
  presentation: Presentation;
  /** Answer per question id; absent until the learner answers (see currentResponse). */
  responses: Record<string, string[]>;
  /** Question ids whose answer is locked and whose feedback is shown. */
  checked: string[];
  finished: boolean;
}

/** A fresh attempt; pass `presentation` to keep an order already on screen (else it is seeded). */
export function startAttempt(quiz: Scorable, seed: number, mode: Mode = 'practice', presentation = present(quiz, seed)): Attempt {
  return { v: 1, seed: seed >>> 0, mode, presentation, responses: {}, checked: [], finished: false };
}

const isLocked = (a: Attempt, questionId: string) => a.finished || a.checked.includes(questionId);

/** Replace the answer to one question (ignored once it is locked or for an unknown question). */
export function respond(a: Attempt, questionId: string, response: Response): Attempt {
  if (isLocked(a, questionId) || !(questionId in a.presentation.options)) return a;
  return { ...a, responses: { ...a.responses, [questionId]: [...response] } };
}

/** Tick or untick one option of a select-all or spotting question; choose one option otherwise. */
export function toggle(a: Attempt, q: Question<unknown>, optionId: string): Attempt {
  const current = a.responses[q.id] ?? [];
  if (q.type === 'multi' || q.type === 'spot') {
    return respond(a, q.id, current.includes(optionId) ? current.filter((id) => id !== optionId) : [...current, optionId]);
  }
  return respond(a, q.id, [optionId]);
}

/** Move an ordering step by `delta` places (−1 up, +1 down), staying inside the list. */
export function moveStep(a: Attempt, questionId: string, stepId: string, delta: number): Attempt {
  const order = [...(a.responses[questionId] ?? a.presentation.options[questionId] ?? [])];
  const from = order.indexOf(stepId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return a;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return respond(a, questionId, order);
}

/** Practice mode: lock one answer and show its feedback. Exam mode waits for finish(). */
/**
 * Whether "Check" may score this question now: it needs something chosen, except a spotting question (a chat
 * may hold no red flag, so ticking nothing is an answer) and an ordering question (an unmoved order is accepted as shown).
 */
export function canCheck(a: Attempt, q: Question<unknown>): boolean {
  if (q.type === 'spot' || q.type === 'order') return true;
  return (currentResponse(a, q)?.length ?? 0) > 0;
}

export function check(a: Attempt, q: Question<unknown>): Attempt {
  if (a.mode === 'exam' || isLocked(a, q.id) || !(q.id in a.presentation.options) || !canCheck(a, q)) return a;
  const response = currentResponse(a, q) ?? [];
  return { ...a, responses: { ...a.responses, [q.id]: [...response] }, checked: [...a.checked, q.id] };
}

/** End the attempt: every answer is locked and all feedback is shown. */
export function finish(a: Attempt): Attempt {
  return a.finished ? a : { ...a, finished: true, checked: [...a.presentation.questions] };
}

/** Whether the learner has answered: chose something, moved a step, or checked the question. */
export function isAnswered(a: Attempt, q: Question<unknown>): boolean {
  return a.responses[q.id] !== undefined;
}

/** The answer to score and show: an untouched ordering question counts in the order it was shown. */
export function currentResponse(a: Attempt, q: Question<unknown>): string[] | undefined {
  return a.responses[q.id] ?? (q.type === 'order' ? a.presentation.options[q.id] : undefined);
}

export interface QuestionResult { id: string; points: number; answered: boolean }
export interface Result {
  points: number;
  max: number;
  /** 0–100, rounded down. */
  percent: number;
  passMark: number;
  passed: boolean;
  /** In the order the questions were shown. */
  questions: QuestionResult[];
}

export function result(quiz: Scorable, a: Attempt): Result {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const questions = a.presentation.questions.flatMap((id) => {
    const q = byId.get(id);
    return q ? [{ id, points: scoreQuestion(q, currentResponse(a, q)), answered: isAnswered(a, q) }] : [];
  });
  const points = questions.reduce((sum, r) => sum + r.points, 0);
  const max = questions.length;
  const percent = max === 0 ? 0 : Math.floor((points / max) * 100 + 1e-9);
  const passMark = passMarkOf(quiz);
  return { points, max, percent, passMark, passed: percent >= passMark, questions };
}

/** Ids of the questions not fully right (for an instructor's debrief: most-missed questions). */
export function missedQuestions(r: Result): string[] {
  return r.questions.filter((q) => q.points < 1).map((q) => q.id);
}

// ---------------------------------------------------------------------------------------------
// Localising (build time): bilingual content → the plain strings one page needs

type Bilingual = { en: string; 'zh-cn': string };

/** The quiz in one language, with each lesson reference turned into a URL by `lessonUrl`. */
export function localiseQuiz(quiz: Quiz<Bilingual>, locale: keyof Bilingual, lessonUrl: (ref: string) => string): Quiz<string> {
  const s = (text: Bilingual) => text[locale];
  const o = (text: Bilingual | undefined) => (text ? { feedback: s(text) } : {});
  return {
    module: quiz.module,
    title: s(quiz.title),
    ...(quiz.intro ? { intro: s(quiz.intro) } : {}),
    ...(quiz.passMark !== undefined ? { passMark: quiz.passMark } : {}),
    questions: quiz.questions.map((q): Question<string> => {
      const base = { id: q.id, prompt: s(q.prompt), explanation: s(q.explanation), lesson: lessonUrl(q.lesson) };
      switch (q.type) {
        case 'single': case 'multi':
          return { ...base, type: q.type, options: q.options.map((x) => ({ id: x.id, text: s(x.text), correct: x.correct, ...o(x.feedback) })) };
        case 'true-false': return { ...base, type: q.type, answer: q.answer };
        case 'judgement':
          return { ...base, type: q.type, answer: q.answer, case: { kind: q.case.kind, ...(q.case.title ? { title: s(q.case.title) } : {}), lines: q.case.lines.map(s) } };
        case 'spot':
          return { ...base, type: q.type, ...(q.allGenuine ? { allGenuine: true } : {}), transcript: q.transcript.map((m) => ({ id: m.id, speaker: s(m.speaker), text: s(m.text), redFlag: m.redFlag, ...o(m.feedback) })) };
        case 'order': return { ...base, type: q.type, steps: q.steps.map((x) => ({ id: x.id, text: s(x.text) })) };
      }
    }),
  };
}
