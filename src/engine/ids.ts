// Checks for ids that arrive from outside the build (storage, imported files, links, results codes).
import { ID_PATTERN } from '../schemas/id-pattern';

/** Longer ids are refused from outside (course ids are far shorter). */
export const MAX_ID = 80;
/** Words that would reach Object.prototype if used as a record key. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A well-formed id that is safe as a record key. */
export const isId = (s: unknown): s is string =>
  typeof s === 'string' && s.length <= MAX_ID && ID_PATTERN.test(s) && !FORBIDDEN.has(s);

/** A lesson key "module/lesson" made of two ids. */
export const isLessonKey = (s: unknown): s is string =>
  typeof s === 'string' && s.split('/').length === 2 && s.split('/').every(isId);
