// A course module (content/modules/<module>.yaml): its place in the course and what it contains.
import { z } from 'astro/zod';
import { id, localized } from './common';

export const moduleSchema = z.object({
  /** Position in the course, 1 first. */
  order: z.number().int().min(1),
  /** Module title shown on the home page and in navigation. */
  title: localized,
  /** One or two sentences on what the learner will be able to do. */
  summary: localized,
  /** Learning objectives, each a short sentence starting with a verb. */
  objectives: z.array(localized).min(1, 'a module needs at least one objective'),
  /** Estimated minutes for the whole module (lessons, scenarios and quiz). */
  minutes: z.number().int().min(1).max(240),
  /** Lesson ids in reading order; each is content/lessons/<locale>/<module>/<lesson>.mdx. */
  lessons: z.array(id).min(1, 'a module needs at least one lesson'),
  /** Scenario ids (content/scenarios/<id>.yaml) played in this module, in order. */
  scenarios: z.array(id).default([]),
  /** Quiz ids (content/quizzes/<id>.yaml) for this module, in order. */
  quizzes: z.array(id).default([]),
}).strict();
export type CourseModule = z.infer<typeof moduleSchema>;
