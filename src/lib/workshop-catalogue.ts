// Build-time course catalogue for the workshop builder, plan view and debrief: items by module, labels by id.
import { getEntry } from 'astro:content';
import en from '../i18n/en.json';
import { pick, t, type Locale, type UiKey } from '../i18n';
import type { CatalogueModule, DebriefLabels } from './workshop-types';
import { getModuleLessons, getModules, lessonId } from './course';
import { localeUrl, lessonUrl } from './urls';

type Text = { en: string; 'zh-cn': string };
const isText = (x: unknown): x is Text => typeof x === 'object' && x !== null && typeof (x as Text).en === 'string' && typeof (x as Text)['zh-cn'] === 'string';
const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : []);

/** id → label for a list of `{id, <field>: {en, zh-cn}}` (scenario endings, red flags, acts, quiz questions). */
function labels(locale: Locale, entries: unknown, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of list(entries)) if (typeof e.id === 'string' && isText(e[field])) out[e.id] = pick(locale, e[field]);
  return out;
}

/** Modules in order with their lessons, scenarios and quizzes (titles in `locale`). */
export async function workshopCatalogue(locale: Locale): Promise<CatalogueModule[]> {
  const modules = await getModules();
  return Promise.all(modules.map(async (mod) => {
    const lessons = await getModuleLessons(mod, locale);
    const scenarios = await Promise.all(mod.data.scenarios.map((id) => getEntry('scenarios', id)));
    const quizzes = await Promise.all(mod.data.quizzes.map((id) => getEntry('quizzes', id)));
    return {
      id: mod.id,
      title: pick(locale, mod.data.title),
      items: [
        ...lessons.map((l) => ({ kind: 'lesson' as const, id: `${mod.id}/${lessonId(l)}`, title: l.data.title, href: lessonUrl(locale, mod.id, lessonId(l)), minutes: l.data.minutes })),
        ...scenarios.flatMap((s) => (s ? [{
          kind: 'scenario' as const, id: s.id, title: pick(locale, s.data.title), href: localeUrl(locale, 'scenarios', s.id),
          ...(typeof (s.data as Record<string, unknown>).minutes === 'number' ? { minutes: (s.data as Record<string, unknown>).minutes as number } : {}),
        }] : [])),
        ...quizzes.flatMap((q) => (q ? [{ kind: 'quiz' as const, id: q.id, title: pick(locale, q.data.title), href: localeUrl(locale, 'quizzes', q.id) }] : [])),
      ],
    };
  }));
}

/** Labels for everything results can mention, read defensively from the content (scenario and quiz details are optional). */
export async function debriefLabels(locale: Locale): Promise<DebriefLabels> {
  const out: DebriefLabels = { lessons: {}, scenarios: {}, quizzes: {} };
  for (const mod of await getModules()) {
    for (const l of await getModuleLessons(mod, locale)) out.lessons[`${mod.id}/${lessonId(l)}`] = l.data.title;
    for (const id of mod.data.scenarios) {
      const s = await getEntry('scenarios', id);
      if (!s) continue;
      const data = s.data as Record<string, unknown>;
      out.scenarios[id] = {
        title: pick(locale, s.data.title),
        endings: labels(locale, data.endings, 'title'),
        redFlags: labels(locale, data.redFlags, 'label'),
        acts: labels(locale, data.protectiveActs, 'label'),
      };
    }
    for (const id of mod.data.quizzes) {
      const q = await getEntry('quizzes', id);
      if (!q) continue;
      out.quizzes[id] = { title: pick(locale, q.data.title), questions: labels(locale, (q.data as Record<string, unknown>).questions, 'prompt') };
    }
  }
  return out;
}

/** The UI strings under the given key prefixes, resolved for `locale`, to pass to an island as props. */
export function islandStrings(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  const keys = Object.keys(en).filter((key) => prefixes.some((p) => key.startsWith(p))) as UiKey[];
  return Object.fromEntries(keys.map((key) => [key, t(locale, key)]));
}
