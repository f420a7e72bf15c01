// Astro integration: says at build time when SITE is missing, instead of writing a made-up origin into every page.
import type { AstroIntegration } from 'astro';

export const SITE_MISSING = 'SITE is not set: pages get no canonical or og:url and no sitemap is written. Set SITE=https://… for a public build.';

export default function siteWarning(site: string | undefined): AstroIntegration {
  return {
    name: 'verify-first:site-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(SITE_MISSING);
      },
    },
  };
}
