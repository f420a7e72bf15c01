// Frontmatter of a lesson (content/lessons/<locale>/<module>/<lesson>.mdx); module and id come from the path.
import { z } from 'astro/zod';

export const lessonSchema = z.object({
  /** Lesson title, in the file's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for lists, search results and <meta name="description">. */
  description: z.string().trim().min(1),
  /** Estimated reading time in minutes (lessons are 5–10 minutes). */
  minutes: z.number().int().min(1).max(30),
  /**
   * The lesson's key claims, each tied to the fact sheet: `fact` is an exact phrase from the docs/facts.md bullet
   * that supports the claim, `source` a URL that bullet gives (and the lesson's Sources list must include it).
   */
  keyClaims: z.array(z.object({
    /** An exact phrase from the supporting docs/facts.md bullet. */
    fact: z.string().trim().min(8),
    /** A URL given in that bullet; prefer the original outlet over a mirror. */
    source: z.string().url(),
  }).strict()).min(1).optional(),
}).strict();
export type LessonData = z.infer<typeof lessonSchema>;
