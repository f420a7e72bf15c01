// Checks of modules, lessons, guides and the glossary: schemas, translations and references.
import { moduleSchema } from '../schemas/module';
import { lessonSchema } from '../schemas/lesson';
import { guideSchema } from '../schemas/guide';
import { glossarySchema } from '../schemas/glossary';
import { locales } from '../i18n/locales';
import type { CourseIndex } from './context';
import type { RawContent, RawDoc } from './load';
import { fromZod, problem, type ContentProblem } from './report';

const TERM_REF = /<Term\s+id=["']([^"']+)["']/g;

export function checkModules(raw: RawContent, course: CourseIndex): ContentProblem[] {
  const out: ContentProblem[] = [];
  const orders = new Map<number, string>();
  for (const [moduleId, { file, data }] of raw.modules) {
    const parsed = moduleSchema.safeParse(data);
    if (!parsed.success) {
      out.push(...fromZod(file, parsed.error));
      continue;
    }
    const mod = parsed.data;
    const clash = orders.get(mod.order);
    if (clash) out.push(problem(file, 'order', `order ${mod.order} is also used by module "${clash}"`));
    orders.set(mod.order, moduleId);
    const seen = new Set<string>();
    mod.lessons.forEach((lessonId, i) => {
      if (seen.has(lessonId)) out.push(problem(file, `lessons.${i}`, `lesson "${lessonId}" is listed twice`));
      seen.add(lessonId);
      for (const locale of locales) {
        if (!raw.lessons.some((l) => l.locale === locale && l.module === moduleId && l.id === lessonId)) {
          out.push(problem(file, `lessons.${i}`, `lesson "${lessonId}" has no ${locale} file (expected lessons/${locale}/${moduleId}/${lessonId}.mdx)`));
        }
      }
    });
    mod.scenarios.forEach((s, i) => {
      if (!course.scenarios.has(s)) out.push(problem(file, `scenarios.${i}`, `unknown scenario "${s}" (no scenarios/${s}.yaml)`));
    });
    mod.quizzes.forEach((q, i) => {
      if (!course.quizzes.has(q)) out.push(problem(file, `quizzes.${i}`, `unknown quiz "${q}" (no quizzes/${q}.yaml)`));
    });
  }
  return out;
}

function checkDocs(docs: RawDoc[], course: CourseIndex, kind: 'lesson' | 'guide'): ContentProblem[] {
  const out: ContentProblem[] = [];
  const schema = kind === 'lesson' ? lessonSchema : guideSchema;
  for (const doc of docs) {
    if (!(locales as readonly string[]).includes(doc.locale)) {
      out.push(problem(doc.file, '', `unknown locale folder "${doc.locale}" (use ${locales.join(' or ')})`));
      continue;
    }
    const parsed = schema.safeParse(doc.data);
    if (!parsed.success) out.push(...fromZod(doc.file, parsed.error, 'frontmatter'));
    if (!course.modules.has(doc.module)) {
      out.push(problem(doc.file, 'module', `unknown module "${doc.module}" (no modules/${doc.module}.yaml)`));
    } else if (kind === 'lesson' && !course.lessons.has(`${doc.module}/${doc.id}`)) {
      out.push(problem(doc.file, 'module', `lesson "${doc.id}" is not listed in modules/${doc.module}.yaml › lessons`));
    }
    for (const locale of locales) {
      if (locale !== doc.locale && !docs.some((d) => d.locale === locale && d.module === doc.module && d.id === doc.id)) {
        const expected = kind === 'lesson' ? `lessons/${locale}/${doc.module}/${doc.id}.mdx` : `guides/${locale}/${doc.module}.mdx`;
        out.push(problem(doc.file, 'translation', `missing its ${locale} translation (expected ${expected})`));
      }
    }
    for (const match of doc.body.matchAll(TERM_REF)) {
      if (!course.glossary.has(match[1]!)) {
        out.push(problem(doc.file, 'Term.id', `<Term id="${match[1]}"> is not in glossary.yaml`));
      }
    }
  }
  return out;
}

export function checkLessons(raw: RawContent, course: CourseIndex): ContentProblem[] {
  return checkDocs(raw.lessons, course, 'lesson');
}

export function checkGuides(raw: RawContent, course: CourseIndex): ContentProblem[] {
  return checkDocs(raw.guides, course, 'guide');
}

export function checkGlossary(raw: RawContent): ContentProblem[] {
  if (!raw.glossary) return [];
  const { file, data } = raw.glossary;
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) return fromZod(file, parsed.error);
  const out: ContentProblem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((term, i) => {
    if (seen.has(term.id)) out.push(problem(file, `${i}.id`, `duplicate id "${term.id}"`));
    seen.add(term.id);
  });
  return out;
}
