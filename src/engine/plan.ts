// Workshop plan codec: a plan (title, note, exam mode, ordered course items) ⇄ the compact `?plan=` value.
//
// Format, version 1: "1" + base64url(UTF-8(payload)), where payload is four fields and an end mark,
// separated by U+001F (unit separator, stripped from user text so it can never appear inside a field):
//   items ␟ flags ␟ title ␟ note ␟
// items: tokens joined by "~"; a token is a kind letter and an id: "lmodule/lesson", "sscenario", "qquiz".
//   A lesson in the same module as the lesson before it is written "l/lesson" to keep links short.
// flags: "e" when quizzes run in exam mode.
// Items come first, so a link cut short loses the note before it loses items; the end mark tells us it was cut.
// Ids are locale-independent, so a plan made in one language opens in the other.

import { cleanText, fromBase64Url, toBase64Url } from './codec';
import { ID_PATTERN } from '../schemas/id-pattern';

/** What a plan item is. */
export type PlanItemKind = 'lesson' | 'scenario' | 'quiz';

/** One step of a plan: a lesson ("module/lesson"), a scenario id or a quiz id. */
export interface PlanItem {
  kind: PlanItemKind;
  id: string;
}

/** A workshop plan as the builder makes it and the learner's page shows it. */
export interface Plan {
  /** Shown as the agenda heading; plain text. */
  title: string;
  /** Optional words from the instructor; plain text. */
  note: string;
  /** Quizzes in this plan run in exam mode (feedback at the end). */
  exam: boolean;
  items: PlanItem[];
}

/** Why (part of) a plan could not be loaded; `detail` is raw input, to be rendered as text only. */
export type PlanProblem =
  | { code: 'empty' }
  | { code: 'too-long'; length: number }
  | { code: 'version'; version: string }
  | { code: 'malformed' }
  | { code: 'truncated' }
  | { code: 'bad-item'; detail: string }
  | { code: 'too-many-items'; dropped: number }
  | { code: 'unknown-item'; item: PlanItem };

export const PLAN_VERSION = '1';
/** Hard cap on the `?plan=` value, checked before any decoding. */
export const MAX_PLAN_PARAM = 2400;
export const MAX_TITLE = 80;
export const MAX_NOTE = 400;
export const MAX_ITEMS = 30;

const SEP = '\u001f';
const KIND_CODE: Record<PlanItemKind, string> = { lesson: 'l', scenario: 's', quiz: 'q' };
const CODE_KIND: Record<string, PlanItemKind> = { l: 'lesson', s: 'scenario', q: 'quiz' };

/** True when `id` is a well-formed item id of that kind ("module/lesson" for lessons). */
export function isItemId(kind: PlanItemKind, id: string): boolean {
  if (kind !== 'lesson') return ID_PATTERN.test(id);
  const parts = id.split('/');
  return parts.length === 2 && parts.every((p) => ID_PATTERN.test(p));
}

/** The plan as it will survive encoding: cleaned text, valid items only, at most MAX_ITEMS. */
export function normalizePlan(plan: Plan): Plan {
  return {
    title: cleanText(plan.title, MAX_TITLE),
    note: cleanText(plan.note, MAX_NOTE, true),
    exam: Boolean(plan.exam),
    items: plan.items.filter((item) => item.kind in KIND_CODE && isItemId(item.kind, item.id)).slice(0, MAX_ITEMS),
  };
}

/** The `?plan=` value for a plan (normalized first). */
export function encodePlan(plan: Plan): string {
  const p = normalizePlan(plan);
  let lastModule = '';
  const tokens = p.items.map(({ kind, id }) => {
    if (kind !== 'lesson') return KIND_CODE[kind] + id;
    const [module = '', lesson = ''] = id.split('/');
    const token = module === lastModule ? `l/${lesson}` : `l${id}`;
    lastModule = module;
    return token;
  });
  const payload = [tokens.join('~'), p.exam ? 'e' : '', p.title, p.note, ''].join(SEP);
  return PLAN_VERSION + toBase64Url(new TextEncoder().encode(payload));
}

/** The result of reading a `?plan=` value: whatever could be read, and what could not. */
export interface DecodedPlan {
  /** null only when nothing at all could be read. */
  plan: Plan | null;
  problems: PlanProblem[];
}

/** Read a `?plan=` value. Never throws; partial or hostile input yields what is usable plus problems. */
export function decodePlan(param: string | null | undefined): DecodedPlan {
  const raw = (param ?? '').trim();
  if (!raw) return { plan: null, problems: [{ code: 'empty' }] };
  if (raw.length > MAX_PLAN_PARAM) return { plan: null, problems: [{ code: 'too-long', length: raw.length }] };
  const version = raw[0]!;
  if (version !== PLAN_VERSION) {
    return { plan: null, problems: [/^[0-9]$/.test(version) ? { code: 'version', version } : { code: 'malformed' }] };
  }
  const bytes = fromBase64Url(raw.slice(1));
  if (!bytes || bytes.length === 0) return { plan: null, problems: [{ code: 'malformed' }] };
  const payload = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/\ufffd+$/, '');
  const fields = payload.split(SEP);
  const problems: PlanProblem[] = [];
  if (fields.length < 5 || fields[4] !== '') problems.push({ code: 'truncated' });
  if (fields.length > 5) return { plan: null, problems: [{ code: 'malformed' }] };
  const [itemText = '', flags = '', title = '', note = ''] = fields;

  const items: PlanItem[] = [];
  let lastModule = '';
  const tokens = itemText ? itemText.split('~') : [];
  for (const token of tokens) {
    const kind = CODE_KIND[token[0] ?? ''];
    let id = token.slice(1);
    if (kind === 'lesson' && id.startsWith('/')) id = lastModule + id;
    if (!kind || !isItemId(kind, id)) {
      problems.push({ code: 'bad-item', detail: cleanText(token, 60) });
      continue;
    }
    if (kind === 'lesson') lastModule = id.split('/')[0]!;
    items.push({ kind, id });
  }
  if (items.length > MAX_ITEMS) problems.push({ code: 'too-many-items', dropped: items.length - MAX_ITEMS });

  const plan: Plan = {
    title: cleanText(title, MAX_TITLE),
    note: cleanText(note, MAX_NOTE, true),
    exam: flags.includes('e'),
    items: items.slice(0, MAX_ITEMS),
  };
  if (plan.items.length === 0 && problems.length > 0 && !plan.title) return { plan: null, problems };
  return { plan, problems };
}

/** The ids a catalogue knows, by kind (lessons as "module/lesson"). */
export interface KnownIds {
  lesson: ReadonlySet<string>;
  scenario: ReadonlySet<string>;
  quiz: ReadonlySet<string>;
}

/** The known-id sets of a list of course items (a catalogue). */
export function knownIds(items: readonly PlanItem[]): KnownIds {
  const ids = (kind: PlanItemKind) => new Set(items.filter((item) => item.kind === kind).map((item) => item.id));
  return { lesson: ids('lesson'), scenario: ids('scenario'), quiz: ids('quiz') };
}

/** Keep the items the course has; report the others (content may have changed since the link was made). */
export function resolvePlan(plan: Plan, known: KnownIds): { plan: Plan; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const items = plan.items.filter((item) => {
    const ok = known[item.kind].has(item.id);
    if (!ok) problems.push({ code: 'unknown-item', item });
    return ok;
  });
  return { plan: { ...plan, items }, problems };
}

/** A stable key for an item, as progress and results use it. */
export function itemKey(item: PlanItem): string {
  return `${item.kind}:${item.id}`;
}
