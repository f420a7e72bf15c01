// The glossary (content/glossary.yaml): terms referenced from lessons with <Term id="…">.
import { z } from 'astro/zod';
import { id, localized } from './common';

export const glossaryTermSchema = z.object({
  /** Stable id used by <Term id="…"> and the #anchor on the glossary page. */
  id,
  /** The term as written in each language (e.g. 延时到账 / delayed arrival). */
  term: localized,
  /** Pinyin for the Chinese term, to help English readers say it. */
  pinyin: z.string().trim().min(1).optional(),
  /** A one- or two-sentence plain-language definition. */
  definition: localized,
}).strict();
export const glossarySchema = z.array(glossaryTermSchema);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
