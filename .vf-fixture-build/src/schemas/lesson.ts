// Frontmatter of a lesson (content/lessons/<locale>/<module>/<lesson>.mdx); module and id come from the path.
import { z } from 'astro/zod';

export const lessonSchema = z.object({
  /** Lesson title, in the file's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for lists, search results and <meta name="description">. */
  description: z.string().trim().min(1),
  /** Estimated reading time in minutes (lessons are 5–10 minutes). */
  minutes: z.number().int().min(1).max(30),
}).strict();
export type LessonData = z.infer<typeof lessonSchema>;
