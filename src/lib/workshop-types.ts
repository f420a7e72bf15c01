// Shapes the workshop, plan, share and debrief islands receive as props, built at build time by workshop-catalogue.ts.
import type { PlanItemKind } from '../engine/plan';
import type { Strings } from '../i18n/format';

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
/** A decision in a scenario: its node id, question and choices (id → button text). */
export interface DebriefDecision { id: string; prompt: string; choices: { id: string; text: string }[] }

export interface DebriefLabels {
  lessons: Record<string, string>;
  scenarios: Record<string, {
    title: string; endings: Record<string, string>; redFlags: Record<string, string>; acts: Record<string, string>;
    /** Decision nodes in the order a run first meets them, each with its question and its choices' texts. */
    decisions?: DebriefDecision[];
    /** The facilitator guide's discussion prompts for this scenario (its section's bullets), and the section's URL. */
    prompts?: string[];
    guideHref?: string;
  }>;
  quizzes: Record<string, { title: string; questions: Record<string, string> }>;
}

/** A facilitator guide's workshop plan, offered by the builder as a starting point. */
export interface PlanPreset {
  /** "<module>-<minutes>", also the builder's ?preset= value. */
  id: string;
  module: string;
  /** The plan's title, e.g. "Friend impersonation · 45 minutes". */
  title: string;
  minutes: 45 | 90;
  /** Item keys in order ("scenario:copied-account-hospital", "lesson:module/lesson"). */
  items: string[];
}

/** The workshop page root's props, passed on to the builder or the plan view. */
export interface WorkshopProps {
  catalogue: CatalogueModule[];
  /** The guides' plans, for the builder. */
  presets?: PlanPreset[];
  strings: Strings;
  /** Base-aware path of this page, e.g. "/course/en/workshop/". */
  workshopPath: string;
  /** Base-aware path of the course home in this locale. */
  homePath: string;
}
