// PLACEHOLDER until quizzes land: a quiz (content/quizzes/<quiz>.yaml).
import { z } from 'astro/zod';
import { id, localized } from './common';

export const quizSchema = z.object({
  /** Module this quiz belongs to. */
  module: id,
  /** Quiz title. */
  title: localized,
}).passthrough();
export type Quiz = z.infer<typeof quizSchema>;
