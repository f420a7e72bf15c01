// Frontmatter of a facilitator guide (content/guides/<locale>/<module>.mdx); the module comes from the file name.
import { z } from 'astro/zod';

export const guideSchema = z.object({
  /** Guide title, in the file's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for the instructors' hub and <meta name="description">. */
  description: z.string().trim().min(1),
}).strict();
export type GuideData = z.infer<typeof guideSchema>;
