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

// The language switch keeps the query string and the hash (?plan=…, ?present, #section): the same place in the other language.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-vf-lang]')) {
  const keep = () => {
    const target = new URL(link.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  keep();
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, keep);
}

// Pages served by an offline copy (only if the learner asked for one) watch for a newer build.
if (navigator.serviceWorker?.controller) void import('./offline').then((m) => m.watch());
