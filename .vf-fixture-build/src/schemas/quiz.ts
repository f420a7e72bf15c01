// A quiz (content/quizzes/<quiz>.yaml): bilingual questions of six kinds; scoring lives in src/engine/quiz.ts.
import { z } from 'astro/zod';
import { id, localized } from './common';

/** "module/lesson#section": where the explanation sends the learner to read more. */
const lessonRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use "module/lesson#section" (e.g. "friend-impersonation/how-to-verify#call-known-number")');

const option = z.object({
  /** Stable id, unique within the question (used in saved answers and tests). */
  id,
  /** The option as the learner reads it. */
  text: localized,
  /** True if this option is right to choose. */
  correct: z.boolean().default(false),
  /** Optional feedback shown beside this option after answering: why it is right or wrong. */
  feedback: localized.optional(),
}).strict();

const message = z.object({
  /** Stable id, unique within the transcript. */
  id,
  /** Who says it, e.g. {en: "Wang Fang", zh-cn: "王芳"} or {en: "You", zh-cn: "你"}. */
  speaker: localized,
  /** What they say. */
  text: localized,
  /** True if a careful reader should flag this message as suspicious. */
  redFlag: z.boolean().default(false),
  /** Optional feedback shown beside this message after answering. */
  feedback: localized.optional(),
}).strict();

const step = z.object({
  /** Stable id, unique within the question. */
  id,
  /** The step as the learner reads it. */
  text: localized,
}).strict();

const common = {
  /** Stable id, unique within the quiz (used in saved answers, results and #anchors). */
  id,
  /** The question (for true/false: the statement to judge). */
  prompt: localized,
  /** Why the answer is right, said kindly; shown after answering. */
  explanation: localized,
  /** The lesson section that teaches this, "module/lesson#section". */
  lesson: lessonRef,
};

const single = z.object({
  ...common,
  /** Single choice: exactly one option is correct. */
  type: z.literal('single'),
  /** The options, shown shuffled; exactly one has `correct: true`. */
  options: z.array(option).min(2, 'a question needs at least 2 options'),
}).strict();

const multi = z.object({
  ...common,
  /** Select all that apply: one or more options are correct. */
  type: z.literal('multi'),
  /** The options, shown shuffled; at least one has `correct: true`. */
  options: z.array(option).min(2, 'a question needs at least 2 options'),
}).strict();

const trueFalse = z.object({
  ...common,
  /** True or false: the prompt is a statement. */
  type: z.literal('true-false'),
  /** Whether the statement is true. */
  answer: z.boolean({ required_error: 'a true/false question needs `answer: true` or `answer: false`' }),
}).strict();

const judgement = z.object({
  ...common,
  /** Scam or genuine: judge a short message, request or profile card. */
  type: z.literal('judgement'),
  /** What the learner is shown. */
  case: z.object({
    /** How it is drawn: a chat message, a money request, or a profile card. */
    kind: z.enum(['message', 'request', 'profile-card']),
    /** Optional heading, e.g. the sender's display name. */
    title: localized.optional(),
    /** The lines of the message or the fields of the card, in order. */
    lines: z.array(localized).min(1, 'a case needs at least one line'),
  }).strict(),
  /** The right verdict: "scam", "genuine", or "verify" (can't tell yet — verify first). */
  answer: z.enum(['scam', 'genuine', 'verify']),
}).strict();

const spot = z.object({
  ...common,
  /** Spot the red flags: select the suspicious messages in a short transcript. */
  type: z.literal('spot'),
  /** The chat, in the order it was said (not shuffled). */
  transcript: z.array(message).min(2, 'a transcript needs at least 2 messages'),
  /** Set to true for a control with nothing suspicious in it (the right answer is to select none). */
  allGenuine: z.boolean().optional(),
}).strict();

const order = z.object({
  ...common,
  /** Order the steps: put them in the right sequence. */
  type: z.literal('order'),
  /** The steps in the RIGHT order; learners see them shuffled. */
  steps: z.array(step).min(3, 'an ordering question needs at least 3 steps'),
}).strict();

export const questionSchema = z.discriminatedUnion('type', [single, multi, trueFalse, judgement, spot, order], {
  errorMap: (issue, ctx) => issue.code === 'invalid_union_discriminator'
    ? { message: 'type must be one of: single, multi, true-false, judgement, spot, order' }
    : { message: ctx.defaultError },
});

export const quizSchema = z.object({
  /** Module this quiz belongs to (content/modules/<module>.yaml). */
  module: id,
  /** Quiz title. */
  title: localized,
  /** One or two sentences shown above the questions. */
  intro: localized.optional(),
  /** Percent needed to pass, 1–100; 80 when left out. */
  passMark: z.number().int().min(1).max(100).optional(),
  /** The questions, shown shuffled (each quiz has at least 8, across at least 4 kinds). */
  questions: z.array(questionSchema).min(1, 'a quiz needs at least one question'),
}).strict();

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
