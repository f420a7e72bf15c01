// A course module (content/modules/<module>.yaml): its place in the course and what it contains.
import { z } from 'astro/zod';
import { id, localized } from './common';

/** One item of a guide's workshop plan, e.g. "scenario:copied-account-hospital". */
const planItemRef = z.string().regex(/^(lesson:([a-z0-9-]+\/)?[a-z0-9-]+|scenario:[a-z0-9-]+|quiz:[a-z0-9-]+)$/,
  'a plan item is "lesson:<id>", "lesson:<module>/<id>", "scenario:<id>" or "quiz:<id>"');

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
  /**
   * The facilitator guide's workshop plans, by length in minutes: the items learners open, in order
   * ("lesson:<lesson>" in this module or "lesson:<module>/<lesson>", "scenario:<id>", "quiz:<id>"). The guide
   * lists them and the workshop builder offers them as presets.
   */
  plans: z.object({ '45': z.array(planItemRef).min(1), '90': z.array(planItemRef).min(1) }).strict().optional(),
}).strict();
export type CourseModule = z.infer<typeof moduleSchema>;
