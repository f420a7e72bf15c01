// Runs on every page: the large-text toggle and remembering the page's language.
import { $largeText, $preferredLocale } from '../stores/settings';
import { loadOffline, loadPlanBar } from './page-code';

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

// An item opened from a workshop plan shows the plan bar (not on the plan page itself); its code loads only then.
if (/[?&]plan=/.test(location.search) && !/\/workshop\/$/.test(location.pathname)) void loadPlanBar().then((m) => m.showPlanBar(), () => undefined);

// Pages served by an offline copy (only if the learner asked for one) watch for a newer build. The code is built
// on its own (scripts/postbuild/offline.mjs), so pages without a copy load neither it nor a dynamic-import helper.
if (navigator.serviceWorker?.controller) void loadOffline().then((m) => m.watch(), () => undefined);
