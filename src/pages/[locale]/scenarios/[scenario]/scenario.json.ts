// The scenario in one language as static JSON, fetched by the chat island (keeps the page's HTML small).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { scenarioForLocale } from '../../../../engine/scenario';
import { locales, type Locale } from '../../../../i18n';

export async function getStaticPaths() {
  const scenarios = await getCollection('scenarios');
  return locales.flatMap((locale) => scenarios.map((entry) => ({ params: { locale, scenario: entry.id }, props: { data: entry.data } })));
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(JSON.stringify(scenarioForLocale(props.data, params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
