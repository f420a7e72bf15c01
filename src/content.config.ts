// Content collections over content/ (or $VF_CONTENT_DIR): schemas live in src/schemas/, cross-checks in src/content-check/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { lessonSchema } from './schemas/lesson';
import { guideSchema } from './schemas/guide';
import { glossaryTermSchema } from './schemas/glossary';
import { scenarioSchema } from './schemas/scenario';
import { quizSchema } from './schemas/quiz';
import { checkFormSchema } from './schemas/check';

const root = process.env.VF_CONTENT_DIR ?? './content';
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx)$/, '');

export const collections = {
  modules: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/modules`, generateId: byFileName }), schema: moduleSchema }),
  /** id: "<locale>/<module>/<lesson>" */
  lessons: defineCollection({ loader: glob({ pattern: '*/*/*.mdx', base: `${root}/lessons`, generateId: byFileName }), schema: lessonSchema }),
  /** id: "<locale>/<module>" */
  guides: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${root}/guides`, generateId: byFileName }), schema: guideSchema }),
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/scenarios`, generateId: byFileName }), schema: scenarioSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/quizzes`, generateId: byFileName }), schema: quizSchema }),
  /** id: "a" | "b": the two forms of the discernment check. */
  checkForms: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/check`, generateId: byFileName }), schema: checkFormSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryTermSchema }),
};
