// What the checkers know about the whole course: the ids that exist, for resolving references.
import type { RawContent } from './load';

export interface CourseIndex {
  modules: Set<string>;
  /** "module/lesson" for every lesson listed by a module. */
  lessons: Set<string>;
  /** Section anchors ({#id} on headings) per "module/lesson", present in every locale. */
  sections: Map<string, Set<string>>;
  scenarios: Set<string>;
  quizzes: Set<string>;
  glossary: Set<string>;
}

const SECTION = /^#{1,6} .*\{#([a-z0-9-]+)\}\s*$/gm;

/** Anchors declared as `## Heading {#anchor}` in an MDX body. */
export function sectionAnchors(body: string): Set<string> {
  return new Set([...body.matchAll(SECTION)].map((m) => m[1]!));
}

export function indexCourse(raw: RawContent): CourseIndex {
  const lessons = new Set<string>();
  for (const [moduleId, entry] of raw.modules) {
    const list = (entry.data as { lessons?: unknown })?.lessons;
    if (Array.isArray(list)) for (const l of list) if (typeof l === 'string') lessons.add(`${moduleId}/${l}`);
  }
  const sections = new Map<string, Set<string>>();
  for (const doc of raw.lessons) {
    const key = `${doc.module}/${doc.id}`;
    const mine = sectionAnchors(doc.body);
    const seen = sections.get(key);
    // Keep only anchors every locale has, so a link works in both languages.
    sections.set(key, seen ? new Set([...seen].filter((a) => mine.has(a))) : mine);
  }
  const glossaryData = raw.glossary?.data;
  const glossary = new Set<string>(
    Array.isArray(glossaryData) ? glossaryData.map((t) => (t as { id?: unknown })?.id).filter((x): x is string => typeof x === 'string') : [],
  );
  return {
    modules: new Set(raw.modules.keys()),
    lessons,
    sections,
    scenarios: new Set(raw.scenarios.keys()),
    quizzes: new Set(raw.quizzes.keys()),
    glossary,
  };
}

/**
 * Check a locale-independent lesson reference "module/lesson" or "module/lesson#section".
 * Returns a reason when it does not resolve, else null.
 */
export function checkLessonRef(ref: string, course: CourseIndex): string | null {
  const [path, section] = ref.split('#');
  if (!path || !course.lessons.has(path)) return `links to lesson "${path}", which does not exist (use "module/lesson" or "module/lesson#section")`;
  if (section !== undefined && !course.sections.get(path)?.has(section)) {
    return `links to section "#${section}" of "${path}", which has no heading marked {#${section}} in every language`;
  }
  return null;
}
