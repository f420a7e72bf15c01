// The few scripts that must run before first paint, inlined, and their CSP hashes (Astro only hashes bundled scripts).
import { createHash } from 'node:crypto';

/**
 * Applies the persisted large-text setting before paint, so the page does not jump. Then, once the page
 * has loaded, shows the old-browser notice (#vf-old-browser) unless src/scripts/site.ts marked the page
 * with data-vf-baseline: a browser below the baseline cannot parse the site's modules, so that mark never
 * comes. Plain ES5, so even such a browser runs it.
 */
export const prefsScript =
  "try{if(localStorage.getItem('vf:large-text')==='1')document.documentElement.classList.add('large-text')}catch(e){}" +
  "window.addEventListener('load',function(){var n=document.getElementById('vf-old-browser');" +
  "if(n&&!document.documentElement.hasAttribute('data-vf-baseline'))n.hidden=false})";

export function inlineScriptHashes(): string[] {
  return [prefsScript].map((source) => `sha256-${createHash('sha256').update(source).digest('base64')}`);
}
