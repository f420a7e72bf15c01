// Short plan codes (plan links, version 2): a plan's items as 4-character codes, so the link a room scans is
// short enough for a QR code of version ≤ 6. The title and note are not in the code: they travel as separate,
// optional URL parameters (`title`, `note`) in the copied link and live on the plan page.
//
// Format: "2" + mode + item codes, in upper-case letters and digits only (the code reads aloud and types well).
//   mode: "E" when quizzes run in exam mode, else "P".
//   item code: FNV-1a (32-bit) of "kind:id", in base 36, last 4 digits (zero-padded), e.g. "0K3Z".
// Codes are derived from locale-independent ids, never from the catalogue's order, so old codes survive new
// content; the build fails if two items of the course share a code (lib/workshop-catalogue.ts). Version-1 links
// (engine/plan.ts, title and note inside) still open.
import { cleanText } from './codec';
import { MAX_NOTE, MAX_TITLE, type DecodedPlan, type KnownIds, type Plan, type PlanItem, type PlanItemKind } from './plan';

export const PLAN_CODE_VERSION = '2';
const CODE_LENGTH = 4;
const MAX_CODE_ITEMS = 30;
const KINDS: readonly PlanItemKind[] = ['lesson', 'scenario', 'quiz'];

/** The 4-character code of an item. */
export function itemCode(item: PlanItem): string {
  let hash = 0x811c9dc5;
  for (const ch of `${item.kind}:${item.id}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).toUpperCase().padStart(CODE_LENGTH, '0').slice(-CODE_LENGTH);
}

/** True when `value` looks like a version-2 plan code (so it is read here, not by decodePlan). */
export function isPlanCode(value: string | null | undefined): boolean {
  return (value ?? '').trim().toUpperCase().startsWith(PLAN_CODE_VERSION);
}

/** The short code of a plan: mode and items (at most 30), never its title or note. */
export function encodePlanCode(plan: Pick<Plan, 'exam' | 'items'>): string {
  return PLAN_CODE_VERSION + (plan.exam ? 'E' : 'P') + plan.items.slice(0, MAX_CODE_ITEMS).map(itemCode).join('');
}

/** Code → item for every item the course has; a code two items share maps to neither. */
export function codeTable(known: KnownIds): Map<string, PlanItem | null> {
  const table = new Map<string, PlanItem | null>();
  for (const kind of KINDS) {
    for (const id of known[kind]) {
      const code = itemCode({ kind, id });
      table.set(code, table.has(code) ? null : { kind, id });
    }
  }
  return table;
}

/**
 * Read a version-2 code against the course's items. Never throws: unknown codes are reported as bad items
 * and the rest still opens; letters are read in either case and spaces or dashes (typed by hand) ignored.
 */
export function decodePlanCode(value: string, known: KnownIds, text: { title?: string; note?: string } = {}): DecodedPlan {
  const raw = value.trim().toUpperCase().replace(/[\s-]+/g, '');
  if (raw.length > 2 + CODE_LENGTH * 60 || !/^2[EP]([0-9A-Z]{4})*$/.test(raw)) return { plan: null, problems: [{ code: 'malformed' }] };
  const table = codeTable(known);
  const items: PlanItem[] = [];
  const problems: DecodedPlan['problems'] = [];
  for (let i = 2; i < raw.length; i += CODE_LENGTH) {
    const code = raw.slice(i, i + CODE_LENGTH);
    const item = table.get(code);
    if (item) items.push(item);
    else problems.push({ code: 'bad-item', detail: code });
  }
  if (items.length > MAX_CODE_ITEMS) problems.push({ code: 'too-many-items', dropped: items.length - MAX_CODE_ITEMS });
  const plan: Plan = { title: cleanText(text.title ?? '', MAX_TITLE), note: cleanText(text.note ?? '', MAX_NOTE, true), exam: raw[1] === 'E', items: items.slice(0, MAX_CODE_ITEMS) };
  return { plan: plan.items.length > 0 || !problems.length ? plan : null, problems };
}
