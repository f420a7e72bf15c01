// Site configuration. BASE sets a sub-path (e.g. BASE=/course/), SITE the public origin for canonical URLs.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import remarkSectionIds from './src/markdown/remark-section-ids.ts';
import viteSectionIds from './src/markdown/vite-section-ids.ts';
import validateContent from './src/integrations/validate-content.ts';
import { inlineScriptHashes } from './src/scripts/inline.ts';

const base = process.env.BASE ?? '/';

export default defineConfig({
  cacheDir: './.astro-cache',
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.VF_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  integrations: [
    validateContent({ contentDir: process.env.VF_CONTENT_DIR }),
    mdx(),
    preact(),
    sitemap(),
  ],
  markdown: { remarkPlugins: [remarkSectionIds] },
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: inlineScriptHashes() },
    },
  },
  vite: { plugins: [viteSectionIds()] },
  devToolbar: { enabled: false },
});
