// Runs on every page: the large-text toggle and remembering the page's language.
import { $largeText, $preferredLocale } from '../stores/settings';

const root = document.documentElement;
// Mark the page as running the baseline (ES2020 syntax and BigInt: iOS 14, Chrome 80), or the inline
// prefs script (src/scripts/inline.ts) shows the old-browser notice. `?.` is on purpose: an engine that
// cannot parse it never gets here.
if (globalThis.BigInt?.name === 'BigInt') root.dataset.vfBaseline = '';
const locale = root.dataset.locale;
if (locale) $preferredLocale.set(locale);

$largeText.subscribe((value) => {
  const on = value === '1';
  root.classList.toggle('large-text', on);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-vf-large-text]')) {
    button.setAttribute('aria-pressed', String(on));
  }
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-vf-large-text]')) {
  button.hidden = false;
  button.addEventListener('click', () => $largeText.set($largeText.get() === '1' ? '0' : '1'));
}
