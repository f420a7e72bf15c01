// Runs on every page: the large-text toggle and remembering the page's language.
import { $largeText, $preferredLocale } from '../stores/settings';

const root = document.documentElement;
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
