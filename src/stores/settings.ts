// Learner preferences kept in this browser: large text and the chosen language.
import './storage-engine';
import { persistentAtom } from '@nanostores/persistent';

/** '1' when large text is on. Read before paint by the inline script in src/scripts/inline.ts. */
export const $largeText = persistentAtom<string>('vf:large-text', '0');

/** The language the learner last used ('en' | 'zh-cn'), for the language picker at "/". */
export const $preferredLocale = persistentAtom<string>('vf:locale', '');
