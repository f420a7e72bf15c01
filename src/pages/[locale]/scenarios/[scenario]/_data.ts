// Build time: splits a scenario into what play needs now (scenario.json), what a panel shows (panel.json: tool
// results, profile cards) and what the ending screen shows (debrief.json), so a page downloads only the first.
import { getCollection } from 'astro:content';
import { scenarioForLocale, scoringParams, type Scenario } from '../../../../engine/scenario';
import en from '../../../../i18n/en.json';
import { locales, pick, t, type Locale, type UiKey } from '../../../../i18n';
import type { DebriefTexts, PanelTexts, Ui } from '../../../../islands/messenger/format';
import { helpLines } from './_help';

const blank = { en: '', 'zh-cn': '' };

const PREFIX = 'scenario.';
/** Strings only the server-rendered page uses. */
const PAGE_ONLY = new Set(['title', 'eyebrow', 'minutes', 'noscript', 'presentLink', 'instructorDetails', 'outcomeLabel', 'howToPlay', 'about', 'back']);
/** Which part of the island uses a string: the ending screen's and the panels' travel with their JSON. */
type Part = 'chat' | 'panel' | 'ending';
const partOf = (k: string): Part =>
  /^(ending\.heading|outcome\.|result\.|tryAgain$|readNext$)/.test(k) ? 'ending' : /^(profile|transfer|panel|packet|settings)\./.test(k) ? 'panel' : 'chat';

/** The island's UI strings for one part ("scenario.x" as ui.x). */
export function islandStrings(locale: Locale, part: Part): Ui {
  const keys = (Object.keys(en) as UiKey[]).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length))
    .filter((k) => !PAGE_ONLY.has(k) && partOf(k) === part);
  const ui: Ui = Object.fromEntries(keys.map((k) => [k, t(locale, `${PREFIX}${k}` as UiKey)]));
  if (part === 'ending') {
    ui['result.scoring'] = t(locale, 'scenario.result.scoring', scoringParams);
    // The ending saves the run; when storage misbehaves it says so with the same words as every other page.
    for (const notice of ['corrupt', 'unsaved', 'newer', 'clock'] as const) ui[`storage.${notice}`] = t(locale, `progress.notice.${notice}`);
  }
  return ui;
}

/** One route per locale × scenario, with the scenario's data as props. */
export async function scenarioPaths() {
  const scenarios = await getCollection('scenarios');
  return locales.flatMap((locale) => scenarios.map((entry) => ({ params: { locale, scenario: entry.id }, props: { data: entry.data } })));
}

/** The scenario in one language, with panel and debrief texts emptied (the engine needs only ids and structure). */
export function playData(scenario: Scenario, locale: Locale): Scenario {
  const s = scenarioForLocale(scenario, locale);
  return {
    ...s,
    participants: s.participants.map(({ sharedGroups: _, ...p }) => ({ ...p, accountId: '', region: blank, addedVia: blank, accountAge: blank, moments: blank })),
    nodes: Object.fromEntries(Object.entries(s.nodes).map(([id, node]) => [id, node.tools
      ? { ...node, tools: node.tools.map(({ result: _, ...tool }) => tool) }
      : node])),
    redFlags: s.redFlags.map((f) => ({ ...f, label: blank, explanation: blank })),
    protectiveActs: s.protectiveActs.map((a) => ({ ...a, label: blank, explanation: blank })),
    endings: s.endings.map((e) => ({ ...e, debrief: blank })),
  };
}

/** What panels show, in one language: each tool's result ("node:tool") and each profile card. */
export function panelData(scenario: Scenario, locale: Locale): PanelTexts {
  const results: Record<string, string> = {};
  for (const [id, node] of Object.entries(scenario.nodes)) {
    for (const tool of node.tools ?? []) if (tool.result) results[`${id}:${tool.type}`] = pick(locale, tool.result);
  }
  return {
    ui: islandStrings(locale, 'panel'),
    results,
    profiles: Object.fromEntries(scenario.participants.map((p) => [p.id, {
      accountId: p.accountId,
      region: pick(locale, p.region),
      addedVia: pick(locale, p.addedVia),
      accountAge: pick(locale, p.accountAge),
      moments: pick(locale, p.moments),
      sharedGroups: (p.sharedGroups ?? []).map((g) => pick(locale, g)),
    }])),
  };
}

/** The texts of the ending screen in one language, by id. */
export function debriefData(scenario: Scenario, locale: Locale): DebriefTexts {
  const lesson = (x: { id: string; label: typeof blank; explanation: typeof blank }) =>
    [x.id, { label: pick(locale, x.label), explanation: pick(locale, x.explanation) }] as const;
  return {
    ui: islandStrings(locale, 'ending'),
    endings: Object.fromEntries(scenario.endings.map((e) => [e.id, pick(locale, e.debrief)])),
    redFlags: Object.fromEntries(scenario.redFlags.map(lesson)),
    protectiveActs: Object.fromEntries(scenario.protectiveActs.map(lesson)),
    help: helpLines(scenario.module, locale),
  };
}

export const json = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
