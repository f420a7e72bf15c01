// Shared by the workshop, plan, share and debrief islands: resolved UI strings and the course catalogue they receive as props.
import type { PlanItemKind } from '../engine/plan';

/** UI strings already resolved for the page's locale (so islands do not ship both string tables). */
export type Strings = Readonly<Record<string, string>>;

/** t() for islands: the string for `key` with `{name}` placeholders filled; the key itself if missing. */
export function translator(strings: Strings) {
  return (key: string, params?: Record<string, string | number>): string => {
    const text = strings[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
  };
}

/** One thing a plan can include, with its title in the page's language and its base-aware URL. */
export interface CatalogueItem {
  kind: PlanItemKind;
  /** "module/lesson" for lessons, otherwise the scenario or quiz id. */
  id: string;
  title: string;
  href: string;
  minutes?: number;
}

/** A module and its items in course order. */
export interface CatalogueModule {
  id: string;
  title: string;
  items: CatalogueItem[];
}

/** Labels the debrief needs to name what learners' results contain by id. */
export interface DebriefLabels {
  lessons: Record<string, string>;
  scenarios: Record<string, { title: string; endings: Record<string, string>; redFlags: Record<string, string>; acts: Record<string, string> }>;
  quizzes: Record<string, { title: string; questions: Record<string, string> }>;
}
