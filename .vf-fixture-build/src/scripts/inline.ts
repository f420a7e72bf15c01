// The few scripts that must run before first paint, inlined, and their CSP hashes (Astro only hashes bundled scripts).
import { createHash } from 'node:crypto';

/** Applies the persisted large-text setting before paint, so the page does not jump. */
export const prefsScript =
  "try{if(localStorage.getItem('vf:large-text')==='1')document.documentElement.classList.add('large-text')}catch(e){}";

export function inlineScriptHashes(): string[] {
  return [prefsScript].map((source) => `sha256-${createHash('sha256').update(source).digest('base64')}`);
}
