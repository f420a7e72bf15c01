// Frontmatter of a facilitator guide (content/guides/<locale>/<module>.mdx); the module comes from the file name.
import { z } from 'astro/zod';

export const guideSchema = z.object({
  /** Guide title, in the file's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for the instructors' hub and <meta name="description">. */
  description: z.string().trim().min(1),
  /**
   * The run sheet's three pause points (printed first, on one page): where in the session to stop, and the
   * question to ask the room there. Taken from the guide's own text, in the file's language.
   */
  pauses: z.array(z.object({
    /** The moment to pause, a few words (e.g. "The new account"). */
    at: z.string().trim().min(1).max(80),
    /** The discussion prompt to read out, as the guide words it. */
    ask: z.string().trim().min(1).max(200),
  }).strict()).length(3, 'a run sheet has exactly three pause points').optional(),
}).strict();
export type GuideData = z.infer<typeof guideSchema>;
