// Reads the course structure from the content collections for pages: modules in order, lessons per locale.
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { collection } from './collections';

export type ModuleEntry = CollectionEntry<'modules'>;
export type LessonEntry = CollectionEntry<'lessons'>;

/** Modules in course order. */
export async function getModules(): Promise<ModuleEntry[]> {
  return [...(await collection('modules'))].sort((a, b) => a.data.order - b.data.order);
}

/** The lessons of a module in one locale, in the module's order. */
export async function getModuleLessons(mod: ModuleEntry, locale: Locale): Promise<LessonEntry[]> {
  const entries = await Promise.all(mod.data.lessons.map((id) => getEntry('lessons', `${locale}/${mod.id}/${id}`)));
  return entries.filter((e): e is LessonEntry => Boolean(e));
}

/** "module/lesson" — the locale-independent key used by progress, plans and links. */
export function lessonKey(entry: LessonEntry): string {
  const [, module, lesson] = entry.id.split('/');
  return `${module}/${lesson}`;
}

/** The lesson id (file name) of a lesson entry. */
export function lessonId(entry: LessonEntry): string {
  return entry.id.split('/')[2] ?? entry.id;
}

/** Structure of the course by ids, for progress (module → lesson/scenario/quiz ids). */
export async function courseStructure() {
  return (await getModules()).map((m) => ({
    id: m.id,
    lessons: m.data.lessons,
    scenarios: m.data.scenarios,
    quizzes: m.data.quizzes,
  }));
}
