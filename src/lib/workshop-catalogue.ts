// Build-time course catalogue for the workshop builder, plan view and debrief: items by module, labels by id.
import { getEntry } from 'astro:content';
import en from '../i18n/en.json';
import { pick, t, type Locale, type UiKey } from '../i18n';
import { hasOwn } from '../engine/own';
import type { CatalogueModule, DebriefDecision, DebriefLabels, PlanPreset } from './workshop-types';
import { getModuleLessons, getModules, lessonId } from './course';
import { itemCode } from '../engine/plan-code';
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

/** Decision nodes (with choices) in the order a run first meets them: breadth-first from the start node. */
function decisions(locale: Locale, data: Record<string, unknown>): DebriefDecision[] {
  const nodes = (typeof data.nodes === 'object' && data.nodes !== null ? data.nodes : {}) as Record<string, Record<string, unknown>>;
  const out: DebriefDecision[] = [];
  const seen = new Set<string>();
  const queue = typeof data.start === 'string' ? [data.start] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id) || !hasOwn(nodes, id)) continue;
    seen.add(id);
    const node = nodes[id]!;
    const choices = list(node.choices);
    if (choices.length) {
      out.push({ id, prompt: isText(node.prompt) ? pick(locale, node.prompt) : '', choices: choices.flatMap((c) => (typeof c.id === 'string' && isText(c.text) ? [{ id: c.id, text: pick(locale, c.text) }] : [])) });
    }
    const next = [node.next, node.otherwise, ...choices.map((c) => c.next), ...list(node.tools).map((t) => t.next), ...list(node.branches).map((b) => b.next)];
    for (const tool of list(node.tools)) {
      const tr = tool.transfer as Record<string, unknown> | undefined;
      if (tr) next.push(...['confirm', 'confirmDelayed', 'cancel'].map((k) => (tr[k] as Record<string, unknown> | undefined)?.next));
    }
    for (const n of next) if (typeof n === 'string' && !seen.has(n)) queue.push(n);
  }
  return out;
}

/** The bullets of a guide's section for one scenario ("### … {#scenario-id}"), as plain text. */
export function guidePrompts(body: string, scenarioId: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^#{2,4} /.test(l) && l.includes(`{#${scenarioId}}`));
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4} /.test(line)) break;
    if (/^- /.test(line)) out.push(line.slice(2));
    else if (/^ {2,}\S/.test(line) && out.length) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out.map((l) => l.replace(/<Term [^>]*>(.*?)<\/Term>/g, '$1').replace(/<[^>]+>/g, '').replace(/\*\*|__|`/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').trim()).filter(Boolean);
}

/** Quiz questions by a label that tells them apart: when prompts repeat, the case's heading or first line is added. */
function questionLabels(locale: Locale, questions: unknown): Record<string, string> {
  const qs = list(questions).filter((q) => typeof q.id === 'string' && isText(q.prompt));
  const prompts = qs.map((q) => pick(locale, q.prompt as Text));
  const out: Record<string, string> = {};
  qs.forEach((q, i) => {
    const prompt = prompts[i]!;
    const repeated = prompts.filter((p) => p === prompt).length > 1;
    const c = (typeof q.case === 'object' && q.case !== null ? q.case : {}) as Record<string, unknown>;
    const first = Array.isArray(c.lines) && isText(c.lines[0]) ? pick(locale, c.lines[0]) : '';
    const detail = isText(c.title) ? pick(locale, c.title) : first || (q.id as string);
    out[q.id as string] = repeated ? t(locale, 'debrief.questionLabel', { prompt, detail }) : prompt;
  });
  return out;
}

/** Modules in order with their lessons, scenarios and quizzes (titles in `locale`). */
export async function workshopCatalogue(locale: Locale): Promise<CatalogueModule[]> {
  const modules = await getModules();
  const catalogue = await Promise.all(modules.map(async (mod) => {
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
  // Short plan codes name items by a 4-character hash of their id (engine/plan-code): two items must not share one.
  const byCode = new Map<string, string>();
  for (const item of catalogue.flatMap((m) => m.items)) {
    const code = itemCode(item);
    const other = byCode.get(code);
    if (other && other !== `${item.kind}:${item.id}`) throw new Error(`${other} and ${item.kind}:${item.id} share the plan code ${code}: rename one id`);
    byCode.set(code, `${item.kind}:${item.id}`);
  }
  return catalogue;
}

/**
 * The facilitator guides' workshop plans (content/modules/<module>.yaml, `plans`) as builder presets, items as
 * item keys ("scenario:id", "lesson:module/lesson"). An item the course does not have fails the build.
 */
export async function workshopPresets(locale: Locale, catalogue: CatalogueModule[]): Promise<PlanPreset[]> {
  const keys = new Set(catalogue.flatMap((m) => m.items.map((i) => `${i.kind}:${i.id}`)));
  const presets: PlanPreset[] = [];
  for (const mod of await getModules()) {
    for (const minutes of [45, 90] as const) {
      const refs = mod.data.plans?.[minutes];
      if (!refs) continue;
      const items = refs.map((ref) => (ref.startsWith('lesson:') && !ref.includes('/') ? ref.replace('lesson:', `lesson:${mod.id}/`) : ref));
      const unknown = items.find((key) => !keys.has(key));
      if (unknown) throw new Error(`content/modules/${mod.id}.yaml: plans.${minutes}: the course has no "${unknown}"`);
      presets.push({ id: `${mod.id}-${minutes}`, module: mod.id, title: t(locale, 'workshop.presetTitle', { module: pick(locale, mod.data.title), minutes }), minutes, items });
    }
  }
  return presets;
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
      const guide = await getEntry('guides', `${locale}/${mod.id}`);
      out.scenarios[id] = {
        title: pick(locale, s.data.title),
        endings: labels(locale, data.endings, 'title'),
        redFlags: labels(locale, data.redFlags, 'label'),
        acts: labels(locale, data.protectiveActs, 'label'),
        decisions: decisions(locale, data),
        prompts: guide?.body ? guidePrompts(guide.body, id) : [],
        ...(guide ? { guideHref: `${localeUrl(locale, 'instructors', mod.id)}#${id}` } : {}),
      };
    }
    for (const id of mod.data.quizzes) {
      const q = await getEntry('quizzes', id);
      if (!q) continue;
      out.quizzes[id] = { title: pick(locale, q.data.title), questions: questionLabels(locale, (q.data as Record<string, unknown>).questions) };
    }
  }
  return out;
}

/** The UI strings under the given key prefixes, resolved for `locale`, to pass to an island as props. */
export function islandStrings(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  const keys = Object.keys(en).filter((key) => prefixes.some((p) => key.startsWith(p))) as UiKey[];
  return Object.fromEntries(keys.map((key) => [key, t(locale, key)]));
}
