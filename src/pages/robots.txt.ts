// robots.txt: allow everything and point to the sitemap (base-aware) when SITE gives it an address.
import type { APIRoute } from 'astro';
import { url } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(url('sitemap-index.xml'), site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
