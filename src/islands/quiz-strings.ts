// The UI strings the quiz island needs, resolved by the page so the island ships no translation tables.
export const quizStringKeys = [
  'quiz.questionOf', 'quiz.hint.single', 'quiz.hint.multi', 'quiz.hint.true-false', 'quiz.hint.judgement',
  'quiz.hint.spot', 'quiz.hint.order', 'quiz.true', 'quiz.false', 'quiz.verdict.scam', 'quiz.verdict.genuine',
  'quiz.verdict.verify', 'quiz.case.message', 'quiz.case.request', 'quiz.case.profile-card', 'quiz.check',
  'quiz.chooseFirst', 'quiz.next', 'quiz.finish', 'quiz.unanswered', 'quiz.allChecked', 'quiz.answered',
  'quiz.examMode', 'quiz.correct', 'quiz.partly', 'quiz.wrong', 'quiz.questionPoints', 'quiz.mark.hit',
  'quiz.mark.falseAlarm', 'quiz.mark.miss', 'quiz.mark.half', 'quiz.mark.flagHit', 'quiz.mark.flagFalseAlarm',
  'quiz.mark.flagMiss', 'quiz.step.up', 'quiz.step.down', 'quiz.step.upLabel', 'quiz.step.downLabel',
  'quiz.step.moved', 'quiz.step.right', 'quiz.step.belongs', 'quiz.readLesson', 'quiz.results', 'quiz.score',
  'quiz.points', 'quiz.passed', 'quiz.notPassed', 'quiz.best', 'quiz.breakdown', 'quiz.notAnswered', 'quiz.retry',
] as const;

export type QuizStringKey = (typeof quizStringKeys)[number];
export type QuizStrings = Record<QuizStringKey, string>;

/** Fill `{name}` placeholders (the same syntax as t()). */
export function fmt(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Points to at most two decimals, without trailing zeros (0.5, 0.67, 1). */
export const round = (n: number) => String(Math.round(n * 100) / 100);
