// The check's two forms in one language as static JSON, fetched when the learner starts or reviews a check.
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../i18n';
import { checkForms } from '../../../lib/check-forms';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await checkForms(params.locale as Locale)), { headers: { 'Content-Type': 'application/json' } });
