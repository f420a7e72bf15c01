// A web app manifest per language, so "add to home screen" opens the course in that language.
import type { APIRoute } from 'astro';
import { langTag, locales, t, type Locale } from '../i18n';
import { localeUrl, url } from '../lib/urls';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const manifest = {
    name: t(locale, 'site.name'),
    short_name: t(locale, 'site.name'),
    description: t(locale, 'site.description'),
    lang: langTag[locale],
    start_url: localeUrl(locale),
    scope: url(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [{ src: url('icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
