// Building blocks shared by every content schema: bilingual strings and ids.
import { z } from 'astro/zod';
import { ID_PATTERN } from './id-pattern';

/** A learner-visible string in both course languages; neither may be empty. */
export const localized = z.object({
  /** English text. */
  en: z.string().trim().min(1, 'missing English text (en)'),
  /** Simplified Chinese text. */
  'zh-cn': z.string().trim().min(1, 'missing Chinese text (zh-cn)'),
}).strict();
export type Localized = z.infer<typeof localized>;

/** A stable, locale-independent id: lowercase letters, digits and single hyphens. */
export const id = z
  .string()
  .regex(ID_PATTERN, 'ids use lowercase letters, digits and hyphens (e.g. "copied-account")');
