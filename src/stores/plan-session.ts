// The workshop plan a learner is following in this tab, so an item opened from the plan page can show
// "back to the plan / next item" (scripts/plan-bar.ts). Session storage: it ends with the tab, like the visit.
// Shape (v1): { v, workshop: the plan page's URL, items: [{ kind, id, href, title }], labels: the bar's words }.
// Unreadable, foreign or oversized data reads as no plan; storage that is blocked simply shows no bar.
import type { PlanItemKind } from '../engine/plan';

export interface PlanSessionItem { kind: PlanItemKind; id: string; href: string; title: string }
export interface PlanSession {
  v: 1;
  workshop: string;
  items: PlanSessionItem[];
  /** In the plan page's language: step ("{n}", "{total}"), back, next ("{item}"). */
  labels: { step: string; back: string; next: string; label: string };
}

const PREFIX = 'vf:plan-session:';
const MAX_BYTES = 20_000;

/** Remember the plan behind `param` (the ?plan= value) for this tab. */
export function savePlanSession(param: string, session: Omit<PlanSession, 'v'>): void {
  try { sessionStorage.setItem(PREFIX + param, JSON.stringify({ v: 1, ...session })); } catch { /* no bar then */ }
}

const isText = (x: unknown): x is string => typeof x === 'string' && x.length < 2000;

/** The plan behind `param`, if this tab opened it from the plan page. */
export function loadPlanSession(param: string): PlanSession | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + param);
    if (!raw || raw.length > MAX_BYTES) return null;
    const data = JSON.parse(raw) as PlanSession;
    const ok = data?.v === 1 && isText(data.workshop) && Array.isArray(data.items)
      && data.items.every((i) => isText(i?.href) && isText(i?.title) && isText(i?.id) && isText(i?.kind))
      && ['step', 'back', 'next', 'label'].every((k) => isText((data.labels as Record<string, unknown>)?.[k]));
    return ok ? data : null;
  } catch {
    return null;
  }
}
