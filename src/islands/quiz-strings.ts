// The UI strings the <vf-quiz> script writes into the page, resolved per locale by the quiz page.
import type { UiKey } from '../i18n/keys';

export const quizScriptKeys = [
  'quiz.questionOf', 'quiz.answered', 'quiz.unanswered', 'quiz.allChecked',
  'quiz.correct', 'quiz.partly', 'quiz.wrong', 'quiz.questionPoints',
  'quiz.mark.hit', 'quiz.mark.falseAlarm', 'quiz.mark.miss', 'quiz.mark.half',
  'quiz.mark.flagHit', 'quiz.mark.flagFalseAlarm', 'quiz.mark.flagMiss',
  'quiz.step.moved', 'quiz.step.right', 'quiz.step.belongs',
  'quiz.score', 'quiz.points', 'quiz.passed', 'quiz.notPassed', 'quiz.best', 'quiz.notAnswered',
] as const satisfies readonly UiKey[];

export type QuizScriptKey = (typeof quizScriptKeys)[number];
export type QuizStrings = Record<QuizScriptKey, string>;

/** Points to at most two decimals, without trailing zeros (0.5, 0.67, 1). */
export const round = (n: number) => String(Math.round(n * 100) / 100);
