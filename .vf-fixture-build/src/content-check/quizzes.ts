// Checks of quizzes: schema, ids, that every question has a right answer, and lesson links.
import type { ZodErrorMap } from 'astro/zod';
import { quizSchema, type Question } from '../schemas/quiz';
import { checkLessonRef, type CourseIndex } from './context';
import type { RawContent } from './load';
import { fromZod, problem, type ContentProblem } from './report';

const languageName: Record<string, string> = { en: 'English text (en)', 'zh-cn': 'Chinese text (zh-cn)' };

/** Plain words for missing fields: a missing language is a missing translation. */
const friendlyErrors: ZodErrorMap = (issue, ctx) => {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    const last = String(issue.path[issue.path.length - 1] ?? '');
    const language = languageName[last];
    return { message: language ? `missing ${language}` : `missing required field "${last}"` };
  }
  if (issue.code === 'unrecognized_keys') return { message: `unknown field(s): ${issue.keys.join(', ')} (check the spelling)` };
  return { message: ctx.defaultError };
};

/** The ids inside one question that must be unique: options, messages or steps. */
function innerIds(q: Question): { field: string; ids: string[] } | null {
  switch (q.type) {
    case 'single': case 'multi': return { field: 'options', ids: q.options.map((o) => o.id) };
    case 'spot': return { field: 'transcript', ids: q.transcript.map((m) => m.id) };
    case 'order': return { field: 'steps', ids: q.steps.map((s) => s.id) };
    default: return null;
  }
}

/** A reason the question has no (or an ambiguous) right answer, else null. */
function answerProblem(q: Question): string | null {
  switch (q.type) {
    case 'single': {
      const n = q.options.filter((o) => o.correct).length;
      if (n === 0) return 'has no correct answer: mark exactly one option `correct: true`';
      return n > 1 ? `has ${n} correct options; a single-choice question needs exactly one (use type: multi for several)` : null;
    }
    case 'multi':
      return q.options.some((o) => o.correct) ? null : 'has no correct answer: mark at least one option `correct: true`';
    case 'spot': {
      const flags = q.transcript.filter((m) => m.redFlag).length;
      if (q.allGenuine) return flags ? `is marked allGenuine but has ${flags} message(s) with redFlag: true` : null;
      return flags ? null : 'has no correct answer: mark at least one message `redFlag: true` (or set `allGenuine: true` for a genuine control)';
    }
    default:
      return null;
  }
}

export function checkQuizzes(raw: RawContent, course: CourseIndex): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const { file, data } of raw.quizzes.values()) {
    const parsed = quizSchema.safeParse(data, { errorMap: friendlyErrors });
    if (!parsed.success) {
      out.push(...fromZod(file, parsed.error));
      continue;
    }
    const quiz = parsed.data;
    if (!course.modules.has(quiz.module)) out.push(problem(file, 'module', `unknown module "${quiz.module}" (no modules/${quiz.module}.yaml)`));
    const questionIds = new Set<string>();
    quiz.questions.forEach((q, i) => {
      const at = `questions.${i}`;
      if (questionIds.has(q.id)) out.push(problem(file, `${at}.id`, `duplicate question id "${q.id}"`));
      questionIds.add(q.id);
      const inner = innerIds(q);
      if (inner) {
        const seen = new Set<string>();
        inner.ids.forEach((innerId, j) => {
          if (seen.has(innerId)) out.push(problem(file, `${at}.${inner.field}.${j}.id`, `duplicate option id "${innerId}" in question "${q.id}"`));
          seen.add(innerId);
        });
      }
      const answer = answerProblem(q);
      if (answer) out.push(problem(file, at, `question "${q.id}" ${answer}`));
      const link = checkLessonRef(q.lesson, course);
      if (link) out.push(problem(file, `${at}.lesson`, `question "${q.id}" ${link}`));
    });
  }
  return out;
}
