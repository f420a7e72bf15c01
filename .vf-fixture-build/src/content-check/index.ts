// Validates the whole course: every checker over one content folder plus the UI strings.
import { fileURLToPath } from 'node:url';
import { indexCourse } from './context';
import { checkGlossary, checkGuides, checkLessons, checkModules } from './course';
import { loadContent } from './load';
import { checkQuizzes } from './quizzes';
import type { ContentProblem } from './report';
import { checkScenarios } from './scenarios';
import { checkUiStrings } from './ui-strings';

export { formatProblems, type ContentProblem } from './report';

export const defaultContentDir = fileURLToPath(new URL('../../content', import.meta.url));
export const defaultStringsDir = fileURLToPath(new URL('../i18n', import.meta.url));

/** All problems in a content folder (and optionally a UI strings folder); [] means valid. */
export function checkContent(contentDir = defaultContentDir, stringsDir: string | null = defaultStringsDir): ContentProblem[] {
  const raw = loadContent(contentDir);
  const course = indexCourse(raw);
  return [
    ...raw.problems,
    ...checkModules(raw, course),
    ...checkLessons(raw, course),
    ...checkGuides(raw, course),
    ...checkGlossary(raw),
    ...checkScenarios(raw, course),
    ...checkQuizzes(raw, course),
    ...(stringsDir ? checkUiStrings(stringsDir) : []),
  ];
}
