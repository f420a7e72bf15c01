// Vite plugin: escapes `{#anchor}` at the end of MDX headings so MDX reads it as text, not a JS expression.
// remark-section-ids.ts then turns the text into the heading's id.
import type { Plugin } from 'vite';

const HEADING_ANCHOR = /^(#{1,6} .*?)\{#([a-z0-9-]+)\}[ \t]*$/gm;

export function escapeSectionIds(source: string): string {
  return source.replace(HEADING_ANCHOR, (_, heading: string, anchor: string) => `${heading}\\{#${anchor}\\}`);
}

export default function viteSectionIds(): Plugin {
  return {
    name: 'verify-first:section-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.mdx')) return;
      return { code: escapeSectionIds(code), map: null };
    },
  };
}
