// PLACEHOLDER until the quizzes lands: quiz schema and module reference.
import { quizSchema } from '../schemas/quiz';
import type { CourseIndex } from './context';
import type { RawContent } from './load';
import { fromZod, problem, type ContentProblem } from './report';

export function checkQuizzes(raw: RawContent, course: CourseIndex): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const { file, data } of raw.quizzes.values()) {
    const parsed = quizSchema.safeParse(data);
    if (!parsed.success) { out.push(...fromZod(file, parsed.error)); continue; }
    if (!course.modules.has(parsed.data.module)) out.push(problem(file, 'module', `unknown module "${parsed.data.module}"`));
  }
  return out;
}
