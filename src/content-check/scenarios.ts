// PLACEHOLDER until the simulator lands: scenario schema and module reference.
import { scenarioSchema } from '../schemas/scenario';
import type { CourseIndex } from './context';
import type { RawContent } from './load';
import { fromZod, problem, type ContentProblem } from './report';

export function checkScenarios(raw: RawContent, course: CourseIndex): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const { file, data } of raw.scenarios.values()) {
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) { out.push(...fromZod(file, parsed.error)); continue; }
    if (!course.modules.has(parsed.data.module)) out.push(problem(file, 'module', `unknown module "${parsed.data.module}"`));
  }
  return out;
}
