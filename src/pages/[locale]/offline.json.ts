// The offline copy's UI strings in one language, fetched by src/scripts/offline.ts (so pages carry none of them).
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n';
import { islandStrings } from '../../lib/workshop-catalogue';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(islandStrings(params.locale as Locale, ['offline.'])), { headers: { 'content-type': 'application/json' } });
