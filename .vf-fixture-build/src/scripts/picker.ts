// The language picker at "/": go to the remembered language, else the browser's preferred one.
import { $preferredLocale } from '../stores/settings';
import { choosePickerLocale } from '../lib/choose-locale';

const target = choosePickerLocale($preferredLocale.get(), navigator.languages ?? [navigator.language]);
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
location.replace(`${base}${target}/`);
