// The language picker at "/": go to the remembered language, else the browser's preferred one.
import { $preferredLocale } from '../stores/settings';
import { choosePickerLocale } from '../lib/choose-locale';
import { pageBase } from '../lib/urls';

const target = choosePickerLocale($preferredLocale.get(), navigator.languages ?? [navigator.language]);
const base = pageBase();
location.replace(`${base}${target}/`);
