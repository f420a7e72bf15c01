// A quiz's explanations and option feedback in one language, fetched by the Quiz island after the page loads.
import type { APIRoute } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { localiseQuiz, splitFeedback } from '../../../engine/quiz';
import { locales, type Locale } from '../../../i18n';
import { lessonRefUrl } from '../../../lib/urls';

export async function getStaticPaths() {
  const quizzes = await getCollection('quizzes');
  return locales.flatMap((locale) => quizzes.map((entry) => ({ params: { locale, quiz: entry.id }, props: { entry } })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const locale = params.locale as Locale;
  const { entry } = props as { entry: CollectionEntry<'quizzes'> };
  // "Read more" links name the lesson; titles come from the lesson files in this language.
  const lessons: Record<string, string> = {};
  for (const q of entry.data.questions) {
    const [module, lesson] = q.lesson.split('#')[0]!.split('/');
    const doc = await getEntry('lessons', `${locale}/${module}/${lesson}`);
    if (doc) lessons[lessonRefUrl(locale, `${module}/${lesson}`)] = doc.data.title;
  }
  const { feedback } = splitFeedback(localiseQuiz(entry.data, locale, (ref) => lessonRefUrl(locale, ref)), lessons);
  return new Response(JSON.stringify(feedback), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
