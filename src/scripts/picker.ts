// The language picker at "/": go to the remembered language, else the browser's preferred one. A workshop plan
// link (/?plan=…, the short one a QR code holds) opens the plan in that language.
import { $preferredLocale } from '../stores/settings';
import { choosePickerLocale } from '../lib/choose-locale';
import { pageBase } from '../lib/urls';

const target = choosePickerLocale($preferredLocale.get(), navigator.languages ?? [navigator.language]);
const base = pageBase();
location.replace(new URLSearchParams(location.search).has('plan') ? `${base}${target}/workshop/${location.search}` : `${base}${target}/`);
