// Site configuration. BASE sets a sub-path (e.g. BASE=/course/), SITE the public origin for canonical URLs and the sitemap.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import remarkSectionIds from './src/markdown/remark-section-ids.ts';
import rehypeHotlines from './src/markdown/rehype-hotlines.ts';
import viteSectionIds from './src/markdown/vite-section-ids.ts';
import validateContent from './src/integrations/validate-content.ts';
import siteWarning from './src/integrations/site-warning.ts';
import { inlineScriptHashes } from './src/scripts/inline.ts';
import { BUILD_TARGET as buildTarget } from './scripts/browser-target.mjs';

/**
 * The small modules every budgeted page loads (own-key reads, the id pattern, the placeholder filler, settings,
 * the storage engine, the offline check) travel as one chunk. Left alone, Rollup gives each one, shared by a
 * different set of scripts, its own tiny file: one more request and gzip header each.
 */
const BASE_MODULES = [
  /\/src\/engine\/own\.ts$/, /\/src\/schemas\/id-pattern\.ts$/, /\/src\/i18n\/format\.ts$/,
  /\/src\/stores\/(settings|storage-engine)\.ts$/, /\/src\/scripts\/page-code\.ts$/,
];
const baseChunk = (id) => (BASE_MODULES.some((pattern) => pattern.test(id)) ? 'base' : undefined);

const base = process.env.BASE ?? '/';
/** Without SITE there is no public address to point at: pages get no canonical/og:url, and no sitemap is made. */
const site = process.env.SITE || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.VF_OUT_DIR ?? './dist',
  // Stylesheets as files, not inlined: one cached copy serves every page instead of repeating in each page's HTML.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    validateContent({ contentDir: process.env.VF_CONTENT_DIR }),
    mdx(),
    preact(),
    ...(site ? [sitemap()] : []),
    siteWarning(site),
  ],
  markdown: { remarkPlugins: [remarkSectionIds], rehypePlugins: [rehypeHotlines] },
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
  vite: {
    plugins: [viteSectionIds()],
    build: { target: buildTarget, cssTarget: buildTarget, rollupOptions: { output: { manualChunks: baseChunk } } },
  },
  devToolbar: { enabled: false },
});
